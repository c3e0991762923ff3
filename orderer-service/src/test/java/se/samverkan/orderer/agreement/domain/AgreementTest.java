package se.samverkan.orderer.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.orderer.provider.domain.ContractableProvider;

class AgreementTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final ContractableProvider PRIVATE = new ContractableProvider("p-1", "Omsorgsgruppen Norr AB",
            "AKTIEBOLAG", "provider-omsorgsgruppen-norr", 0);
    private static final ContractableProvider IN_HOUSE = new ContractableProvider("p-2",
            "Vallby kommun, produktionsförvaltningen", "KOMMUNAL_EGENREGI", "provider-vallby-produktion", 0);
    private static final ContractableProvider NON_PROFIT = new ContractableProvider("p-3", "Föreningen Vallbygårdens Vänner",
            "IDEELL_FORENING", "provider-vallbygardens-vanner", 0);

    private static final List<Agreement.RequirementTerms> MANDATORY = List.of(
            new Agreement.RequirementTerms("BASIC_QUALITY", "Fast kontaktperson för varje brukare.", "USER_SURVEY"),
            new Agreement.RequirementTerms("LABOUR_CONDITIONS", "Lön och villkor enligt kollektivavtal.", "DOCUMENT_REVIEW"),
            new Agreement.RequirementTerms("FOLLOW_UP_DUTY", "Månadsstatistik enligt specifikationen.", "STATISTICS"),
            new Agreement.RequirementTerms("PUBLIC_INSIGHT_DUTY", "Lämna uppgifter för allmänhetens insyn.",
                    "DOCUMENT_REVIEW"));

    @Test
    void directOrderGoesOnlyToTheInHouseProduction() {
        assertThat(rules(draft(PRIVATE, terms("DIRECT_ORDER")))).containsExactly(tuple("providerId", "in-house-only"));
        assertThat(draft(IN_HOUSE, terms("DIRECT_ORDER"))).isInstanceOf(Agreement.Drafting.Drafted.class);
    }

    @Test
    void partnershipIsOnlyWithANonProfitOrganisation() {
        assertThat(rules(draft(PRIVATE, terms("IOP")))).containsExactly(tuple("providerId", "non-profit-only"));
        assertThat(draft(NON_PROFIT, terms("IOP"))).isInstanceOf(Agreement.Drafting.Drafted.class);
    }

    @Test
    void lovAuthorisationNamesTheRulebookItWasGrantedUnder() {
        Agreement.Terms withoutRulebook = new Agreement.Terms("Auktorisation hemtjänst", "LOV", "HOME_CARE",
                "2026-01-01", null, BigDecimal.TEN, "HIGH", "HIGH", null, null, null, null, null, MANDATORY);

        assertThat(rules(draft(PRIVATE, withoutRulebook))).containsExactly(tuple("rulebookReference", "required"));
        assertThat(draft(IN_HOUSE, terms("LOV"))).as("the same rulebook binds the in-house units")
                .isInstanceOf(Agreement.Drafting.Drafted.class);
    }

    @Test
    void standstillLastsAtLeastTenDaysAfterTheAward() {
        assertThat(rules(draft(PRIVATE, tender("2026-11-01", "2026-11-10"))))
                .containsExactly(tuple("standstillEndsOn", "standstill"));
        assertThat(draft(PRIVATE, tender("2026-11-01", "2026-11-11"))).isInstanceOf(Agreement.Drafting.Drafted.class);
    }

    @Test
    void aTenderedContractCannotBeSignedDuringTheStandstill() {
        Agreement contract = drafted(PRIVATE, tender("2026-11-20", "2026-12-01"));

        assertThat(rules(contract.sign(LocalDate.parse("2026-11-30")))).containsExactly(tuple("standstillEndsOn",
                "standstill"));
        assertThat(contract.sign(LocalDate.parse("2026-12-01"))).isInstanceOf(Agreement.Change.Changed.class);
    }

    @Test
    void directOrderNeedsApprovalOfBothBoardsAndSignaturesOfBothHeads() {
        Agreement order = drafted(IN_HOUSE, terms("DIRECT_ORDER"));
        Agreement halfway = changed(order.record(DirectOrderStep.ORDERER_BOARD_APPROVAL, "von.avtal", "2026-11-20",
                "VON § 112"));
        halfway = changed(halfway.record(DirectOrderStep.ORDERER_HEAD_SIGNATURE, "von.avtal", "2026-11-21", null));

        assertThat(rules(halfway.sign(LocalDate.parse("2026-11-28")))).containsExactly(
                tuple("directOrder.PRODUCTION_BOARD_APPROVAL", "direct-order-approval"),
                tuple("directOrder.PRODUCTION_HEAD_SIGNATURE", "direct-order-approval"));

        Agreement complete = changed(halfway.record(DirectOrderStep.PRODUCTION_BOARD_APPROVAL, "produktion.styrelse",
                "2026-11-22", "PS § 45"));
        complete = changed(complete.record(DirectOrderStep.PRODUCTION_HEAD_SIGNATURE, "produktion.styrelse",
                "2026-11-23", null));
        Agreement signed = changed(complete.sign(LocalDate.parse("2026-11-28")));
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.legallyBinding()).as("an internal agreement, not legally binding").isFalse();
    }

    @Test
    void approvalsAndSignaturesOfBothAdministrationsBelongOnlyToADirectOrder() {
        assertThat(rules(drafted(PRIVATE, terms("LOV")).record(DirectOrderStep.ORDERER_BOARD_APPROVAL, "x", "2026-11-20",
                null))).containsExactly(tuple("step", "direct-order-only"));
    }

    @Test
    void anAgreementCannotBeSignedWithoutEveryMandatoryRequirementCategory() {
        Agreement agreement = changed(drafted(PRIVATE, terms("LOV")).replaceRequirements(MANDATORY.subList(0, 2)));

        assertThat(rules(agreement.sign(LocalDate.parse("2026-11-28")))).containsExactly(
                tuple("requirements", "mandatory-category"), tuple("requirements", "mandatory-category"));
        assertThat(((Agreement.Change.Rejected) agreement.sign(LocalDate.parse("2026-11-28"))).violations())
                .extracting(Violation::message).anySatisfy(message -> assertThat(message).contains("FOLLOW_UP_DUTY"))
                .anySatisfy(message -> assertThat(message).contains("PUBLIC_INSIGHT_DUTY"));
    }

    @Test
    void everyRequirementSaysHowItIsFollowedUp() {
        List<Agreement.RequirementTerms> requirements = new ArrayList<>(MANDATORY);
        requirements.add(new Agreement.RequirementTerms("ENVIRONMENTAL_SUSTAINABILITY", "Fossilfria transporter.", null));

        assertThat(rules(drafted(PRIVATE, terms("LOV")).replaceRequirements(requirements)))
                .containsExactly(tuple("requirements[4].followUpMethod", "required"));
    }

    @Test
    void aSignedAgreementsRequirementsAreFixedAndOnlyASignedOneCanBeEnded() {
        Agreement draft = drafted(PRIVATE, terms("LOV"));
        Agreement signed = changed(draft.sign(LocalDate.parse("2026-11-28")));

        assertThat(rules(signed.replaceRequirements(MANDATORY))).containsExactly(tuple("status", "draft-only"));
        assertThat(rules(draft.terminate("Uppsagt", "2026-12-31"))).containsExactly(tuple("status", "signed-only"));
        Agreement ended = changed(signed.terminate("Utföraren sade upp auktorisationen.", "2026-12-31"));
        assertThat(ended.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(ended.version()).isEqualTo(2);
    }

    @Test
    void strategicMeansHighValueAndHighImpactOnTheActivity() {
        assertThat(drafted(PRIVATE, classified("HIGH", "HIGH")).strategic()).isTrue();
        assertThat(drafted(PRIVATE, classified("HIGH", "LOW")).strategic()).isFalse();
        assertThat(drafted(PRIVATE, classified("LOW", "HIGH")).strategic()).isFalse();
    }

    @Test
    void everyProblemWithTheTermsIsReportedAtOnce() {
        Agreement.Terms bad = new Agreement.Terms(" ", "BARTER", "KNITTING", "2026-13-01", "2025-01-01",
                BigDecimal.valueOf(-1), "HUGE", null, null, null, null, null, null,
                List.of(new Agreement.RequirementTerms("WISHES", "", "TELEPATHY")));

        assertThat(rules(draft(PRIVATE, bad))).containsExactly(
                tuple("title", "required"), tuple("route", "one-of"), tuple("serviceArea", "one-of"),
                tuple("startsOn", "date"), tuple("annualValueSek", "non-negative"), tuple("valueLevel", "one-of"),
                tuple("impactLevel", "required"), tuple("requirements[0].category", "one-of"),
                tuple("requirements[0].text", "required"), tuple("requirements[0].followUpMethod", "one-of"));
    }

    @Test
    void aContractSpanningSeveralBoardsNamesEachOtherBoardOnceWithItsPart() {
        Agreement agreement = drafted(PRIVATE, terms("LOV"));

        Agreement.Change refused = agreement.shareWith(List.of(
                new Agreement.PartTerms("b-von", "board-von", "Vård- och omsorgsnämnden", "Allt"),
                new Agreement.PartTerms("b-bun", "board-bun", "Barn- och utbildningsnämnden", "Ledsagning"),
                new Agreement.PartTerms("b-bun", "board-bun", "Barn- och utbildningsnämnden", "Igen"),
                new Agreement.PartTerms("b-x", null, null, "Okänd"),
                new Agreement.PartTerms("b-kun", "board-kun", "Kultur- och utbildningsnämnden", " ")));
        assertThat(((Agreement.Change.Rejected) refused).violations()).extracting(v -> v.rule())
                .containsExactly("owning-board", "unique", "unknown-board", "required");

        Agreement shared = changed(agreement.shareWith(List.of(new Agreement.PartTerms("b-bun", "board-bun",
                "Barn- och utbildningsnämnden", "Ledsagning för barn och unga"))));
        assertThat(shared.sharedWith("board-bun")).isTrue();
        assertThat(shared.sharedWith("board-von")).as("the owner is not a part").isFalse();
        assertThat(changed(shared.shareWith(List.of())).boardParts()).isEmpty();
    }

    private static Agreement.Terms terms(String route) {
        return new Agreement.Terms("Avtal " + route, route, "HOME_CARE", "2026-01-01", "2027-12-31",
                new BigDecimal("14500000"), "HIGH", "HIGH", "von.avtal", "LOV-regelbok hemtjänst 2026", null, null,
                null, MANDATORY);
    }

    private static Agreement.Terms tender(String awardedOn, String standstillEndsOn) {
        return new Agreement.Terms("Snöröjning 2026–2028", "LOU", "SNOW_CLEARING", "2026-12-15", "2028-12-14",
                new BigDecimal("3200000"), "HIGH", "HIGH", "von.avtal", null, "Dnr 2026/118", awardedOn,
                standstillEndsOn, MANDATORY);
    }

    private static Agreement.Terms classified(String value, String impact) {
        return new Agreement.Terms("Avtal", "LOV", "HOME_CARE", "2026-01-01", null, BigDecimal.ONE, value, impact, null,
                "Regelbok", null, null, null, MANDATORY);
    }

    private static Agreement.Drafting draft(ContractableProvider provider, Agreement.Terms terms) {
        return Agreement.draft("board-1", "board-von", provider, terms, NOW);
    }

    private static Agreement drafted(ContractableProvider provider, Agreement.Terms terms) {
        Agreement.Drafting drafting = draft(provider, terms);
        assertThat(drafting).isInstanceOf(Agreement.Drafting.Drafted.class);
        return ((Agreement.Drafting.Drafted) drafting).agreement();
    }

    private static Agreement changed(Agreement.Change change) {
        assertThat(change).isInstanceOf(Agreement.Change.Changed.class);
        return ((Agreement.Change.Changed) change).agreement();
    }

    private static List<org.assertj.core.groups.Tuple> rules(Object outcome) {
        List<Violation> violations = outcome instanceof Agreement.Drafting.Rejected rejected ? rejected.violations()
                : ((Agreement.Change.Rejected) outcome).violations();
        return violations.stream().map(v -> tuple(v.field(), v.rule())).toList();
    }
}
