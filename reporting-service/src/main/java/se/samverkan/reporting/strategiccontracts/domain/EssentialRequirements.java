package se.samverkan.reporting.strategiccontracts.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a provider meets the essential quality requirements of an agreement (seed 002: "om
 * leverantören uppfyller väsentliga kvalitetskrav enligt avtalet"), judged from the board's own
 * findings on a given day: it does not when a finding on an essential requirement is open that
 * day (see {@link ContractFinding#isEssential()}); it meets them with remarks when only findings on
 * other requirements of low or medium severity are open; it meets them when no finding is open.
 * A finding closed by that day was remedied and verified by the board, so it no longer counts; an
 * accepted action plan alone does not make it count less, since the deficiency is still there.
 */
public final class EssentialRequirements {

    private EssentialRequirements() {
    }

    public enum Verdict {
        MEETS("Uppfyller de väsentliga kvalitetskraven"),
        MEETS_WITH_REMARKS("Uppfyller de väsentliga kvalitetskraven, med mindre brister"),
        DOES_NOT_MEET("Uppfyller inte de väsentliga kvalitetskraven");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The verdict and the findings it rests on. */
    public record Judgement(Verdict verdict, long openEssential, long openOther) {

        public boolean meets() {
            return verdict != Verdict.DOES_NOT_MEET;
        }
    }

    public static Judgement judge(List<ContractFinding> findings, LocalDate on) {
        long essential = findings.stream().filter(finding -> finding.isOpenOn(on) && finding.isEssential()).count();
        long other = findings.stream().filter(finding -> finding.isOpenOn(on) && !finding.isEssential()).count();
        Verdict verdict = essential > 0 ? Verdict.DOES_NOT_MEET
                : other > 0 ? Verdict.MEETS_WITH_REMARKS : Verdict.MEETS;
        return new Judgement(verdict, essential, other);
    }
}
