package se.samverkan.reporting.strategiccontracts.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report on strategic contracts for one year (seed 002), a section per board, as KLK compiles
 * it for KS/KF. For each strategic contract that ran during the year it answers the five
 * questions: which contract in which area; whether the provider meets the essential quality
 * requirements (judged on the year's last day, or today while the year runs); if not, which
 * deficiencies were observed; how they affect the board's goal attainment (the board's own
 * statement on each finding); and the action plan for each.
 *
 * @param judgedOn the day the verdicts are judged on
 */
public record CompiledReport(int year, LocalDate judgedOn, List<BoardSection> boards) {

    /** What the board says when it has not stated a finding's effect on its goal attainment. */
    public static final String GOAL_IMPACT_NOT_STATED = "Nämnden har inte angett hur bristen påverkar måluppfyllelsen.";
    public static final String NO_DEFICIENCIES = "Inga brister har iakttagits under året, så avtalet påverkar inte"
            + " nämndens måluppfyllelse negativt.";

    public record BoardSection(String boardOrganisationId, List<ContractEntry> contracts) {

        public long notMeeting() {
            return contracts.stream().filter(entry -> !entry.judgement().meets()).count();
        }
    }

    /**
     * One strategic contract's answers.
     *
     * @param deficiencies every finding registered by the year's end and not closed before it began
     */
    public record ContractEntry(StrategicContract contract, EssentialRequirements.Judgement judgement,
                                List<ContractFinding> deficiencies) {

        /** The board's statements of how the deficiencies affect its goal attainment, one per deficiency. */
        public List<String> goalImpacts() {
            if (deficiencies.isEmpty()) {
                return List.of(NO_DEFICIENCIES);
            }
            return deficiencies.stream().map(finding -> goalImpactOf(finding)).toList();
        }

        public static String goalImpactOf(ContractFinding finding) {
            String stated = finding.registration().goalImpact();
            return stated == null || stated.isBlank() ? GOAL_IMPACT_NOT_STATED : stated;
        }
    }

    /**
     * @param contracts         the strategic contracts the reader may see
     * @param findingsByAgreement every finding known of each agreement
     * @param today             the day the report is compiled
     */
    public static CompiledReport compile(int year, LocalDate today, List<StrategicContract> contracts,
                                         Map<String, List<ContractFinding>> findingsByAgreement) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate judgedOn = today.isBefore(yearEnd) ? today : yearEnd;
        Map<String, List<ContractEntry>> perBoard = new LinkedHashMap<>();
        contracts.stream().filter(contract -> contract.strategic() && contract.runsIn(year))
                .sorted(Comparator.comparing(StrategicContract::boardOrganisationId)
                        .thenComparing(contract -> contract.serviceArea() == null ? "" : contract.serviceArea())
                        .thenComparing(contract -> contract.title() == null ? "" : contract.title())
                        .thenComparing(StrategicContract::agreementId))
                .forEach(contract -> {
                    List<ContractFinding> findings = findingsByAgreement.getOrDefault(contract.agreementId(),
                            List.of());
                    List<ContractFinding> deficiencies = findings.stream()
                            .filter(finding -> finding.concernsYear(year))
                            .sorted(Comparator.comparing((ContractFinding finding) -> finding.registration()
                                    .registeredOn()).thenComparing(ContractFinding::findingId))
                            .toList();
                    perBoard.computeIfAbsent(contract.boardOrganisationId(), board -> new ArrayList<>())
                            .add(new ContractEntry(contract, EssentialRequirements.judge(findings, judgedOn),
                                    deficiencies));
                });
        List<BoardSection> boards = new ArrayList<>();
        perBoard.forEach((board, entries) -> boards.add(new BoardSection(board, List.copyOf(entries))));
        return new CompiledReport(year, judgedOn, List.copyOf(boards));
    }
}
