package se.samverkan.orderer.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class LovTest {

    private static final Instant NOW = Instant.parse("2026-10-01T08:00:00Z");
    private static final LovApplication.Applicant PRIVATE = new LovApplication.Applicant("p-1",
            "provider-omsorg", "Omsorg AB");

    @Test
    void rulebookCoversTheMandatoryRequirementCategories() {
        List<Rulebook.RequirementTerms> withoutLabour = new ArrayList<>(requirements());
        withoutLabour.removeIf(term -> term.category().equals("LABOUR_CONDITIONS"));

        Rulebook.Result result = Rulebook.publish("b", "board-von", terms(withoutLabour), NOW);

        assertThat(rules(result)).containsExactly("mandatory-category");
        assertThat(Rulebook.publish("b", "board-von", terms(requirements()), NOW))
                .isInstanceOf(Rulebook.Result.Done.class);
    }

    @Test
    void closedRulebookTakesNoApplications() {
        Rulebook rulebook = rulebook();
        Rulebook closed = ((Rulebook.Result.Done) rulebook.close("2027-06-30")).rulebook();

        LovApplication.Result result = LovApplication.submit(closed, PRIVATE, null, "u", NOW);

        assertThat(((LovApplication.Result.Rejected) result).violations()).extracting(Violation::rule)
                .containsExactly("closed");
    }

    @Test
    void refusalNeedsReasons() {
        LovApplication application = submitted();

        assertThat(rules(application.refuse("2026-11-20", List.of(), "von"))).containsExactly("refusal-reasons");
        assertThat(rules(application.refuse("2026-11-20", List.of(" "), "von"))).containsExactly("required");
        LovApplication refused = done(application.refuse("2026-11-20",
                List.of("Kollektivavtal eller motsvarande villkor är inte styrkta (krav 4.2)."), "von"));
        assertThat(refused.status()).isEqualTo(LovApplication.Status.REFUSED);
        assertThat(refused.active()).as("a refused provider may apply again").isFalse();
    }

    @Test
    void authorisationStartsNeitherBeforeTheDecisionNorBeforeTheSystemOpens() {
        LovApplication application = submitted();

        assertThat(rules(application.authorise("2026-11-20", "2026-11-01", rulebook().openFrom(), "von")))
                .containsExactly("after-decision", "system-open");
        LovApplication authorised = done(application.authorise("2026-11-20", "2027-01-01", rulebook().openFrom(),
                "von"));
        assertThat(authorised.status()).isEqualTo(LovApplication.Status.AUTHORISED);
    }

    @Test
    void aDecidedApplicationIsNotDecidedAgain() {
        LovApplication authorised = done(submitted().authorise("2026-11-20", "2027-01-01", rulebook().openFrom(), "v"));

        assertThat(rules(authorised.refuse("2026-11-21", List.of("Ångrat."), "v"))).containsExactly("decided");
        assertThat(rules(authorised.authorise("2026-11-21", "2027-01-01", rulebook().openFrom(), "v")))
                .containsExactly("decided");
    }

    @Test
    void authorisationAgreementIdIsFixedByTheApplication() {
        LovApplication application = submitted();
        LovApplication other = submitted();

        assertThat(application.agreementId()).isEqualTo(application.agreementId())
                .isNotEqualTo(other.agreementId());
    }

    private static LovApplication submitted() {
        return done(LovApplication.submit(rulebook(), PRIVATE, "Vi har 12 års erfarenhet.", "u", NOW));
    }

    private static Rulebook rulebook() {
        return ((Rulebook.Result.Done) Rulebook.publish("b", "board-von", terms(requirements()), NOW)).rulebook();
    }

    private static Rulebook.Terms terms(List<Rulebook.RequirementTerms> requirements) {
        return new Rulebook.Terms("VON 2027/14", "Hemtjänst enligt LOV", "HOME_CARE", "2027-01-01",
                new BigDecimal("6000000"), "LOW", "HIGH", "Timersättning 498 kr", requirements);
    }

    private static List<Rulebook.RequirementTerms> requirements() {
        return List.of(new Rulebook.RequirementTerms("BASIC_QUALITY", "Fast kontaktperson.", "VISIT"),
                new Rulebook.RequirementTerms("LABOUR_CONDITIONS", "Kollektivavtal eller motsvarande.",
                        "DOCUMENT_REVIEW"),
                new Rulebook.RequirementTerms("FOLLOW_UP_DUTY", "Månadsstatistik.", "STATISTICS"),
                new Rulebook.RequirementTerms("PUBLIC_INSIGHT_DUTY", "Uppgifter för insyn.", "DOCUMENT_REVIEW"));
    }

    private static LovApplication done(LovApplication.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(LovApplication.Result.Done.class);
        return ((LovApplication.Result.Done) result).application();
    }

    private static List<String> rules(LovApplication.Result result) {
        assertThat(result).isInstanceOf(LovApplication.Result.Rejected.class);
        return ((LovApplication.Result.Rejected) result).violations().stream().map(Violation::rule).toList();
    }

    private static List<String> rules(Rulebook.Result result) {
        assertThat(result).isInstanceOf(Rulebook.Result.Rejected.class);
        return ((Rulebook.Result.Rejected) result).violations().stream().map(Violation::rule).toList();
    }
}
