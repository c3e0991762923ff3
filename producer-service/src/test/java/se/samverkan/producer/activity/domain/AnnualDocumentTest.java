package se.samverkan.producer.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class AnnualDocumentTest {

    private static final Instant FEBRUARY_2027 = Instant.parse("2027-02-20T10:00:00Z");

    @Test
    void everySectionOfTheKindIsFilledInAndNoOtherIsGiven() {
        Map<String, String> sections = report();
        sections.remove("ECONOMY");
        sections.put("GOSSIP", "x");

        List<Violation> violations = rejected(empty(Kind.ACTIVITY_REPORT, 2026).submit(sections, "u", FEBRUARY_2027));

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections.GOSSIP", "unknown-section"),
                org.assertj.core.groups.Tuple.tuple("sections.ECONOMY", "required"));
    }

    @Test
    void planLooksForwardAndReportLooksBack() {
        assertThat(rejected(empty(Kind.ACTIVITY_PLAN, 2026).submit(plan(), "u", FEBRUARY_2027)))
                .extracting(Violation::rule).containsExactly("plan-looks-forward");
        assertThat(rejected(empty(Kind.ACTIVITY_REPORT, 2027).submit(report(), "u", FEBRUARY_2027)))
                .extracting(Violation::rule).containsExactly("report-looks-back");
        assertThat(empty(Kind.ACTIVITY_PLAN, 2027).submit(plan(), "u", FEBRUARY_2027))
                .isInstanceOf(AnnualDocument.Result.Done.class);
    }

    @Test
    void correctionIsANewVersionAndHistoryIsKept() {
        AnnualDocument first = done(empty(Kind.ACTIVITY_REPORT, 2026).submit(report(), "anna", FEBRUARY_2027));
        Map<String, String> corrected = report();
        corrected.put("ECONOMY", "Resultat +1,6 mnkr efter bokslutet.");

        AnnualDocument second = done(first.submit(corrected, "bertil", FEBRUARY_2027.plusSeconds(86_400)));

        assertThat(second.versions()).extracting(AnnualDocument.Version::number).containsExactly(1, 2);
        assertThat(second.versions().get(0).sections().get(Kind.Section.ECONOMY)).isEqualTo("Resultat +1,8 mnkr.");
        assertThat(second.latest().sections().get(Kind.Section.ECONOMY)).isEqualTo("Resultat +1,6 mnkr efter bokslutet.");
        assertThat(second.latest().submittedBy()).isEqualTo("bertil");
    }

    @Test
    void reportIsDueAtTheEndOfFebruaryAndPlanAtTheEndOfNovemberBefore() {
        assertThat(Kind.ACTIVITY_REPORT.dueOn(2027)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Kind.ACTIVITY_REPORT.dueOn(2026)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Kind.ACTIVITY_PLAN.dueOn(2027)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void documentIsLateWhenItsFirstVersionCameAfterTheDueDate() {
        AnnualDocument onTime = done(empty(Kind.ACTIVITY_REPORT, 2026).submit(report(), "u", FEBRUARY_2027));
        AnnualDocument late = done(empty(Kind.ACTIVITY_REPORT, 2026).submit(report(), "u",
                Instant.parse("2027-03-01T08:00:00Z")));
        AnnualDocument correctedLater = done(onTime.submit(report(), "u", Instant.parse("2027-04-01T08:00:00Z")));

        assertThat(onTime.late()).isFalse();
        assertThat(late.late()).isTrue();
        assertThat(correctedLater.late()).as("a correction after the due date does not make it late").isFalse();
    }

    private static AnnualDocument empty(Kind kind, int year) {
        return AnnualDocument.none("p-1", "provider-norr", kind, year);
    }

    private static Map<String, String> report() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("RESULTS", "41 200 utförda timmar.");
        sections.put("GOAL_ATTAINMENT", "Målen nåddes.");
        sections.put("QUALITY_WORK", "Genomförandeplaner.");
        sections.put("DEVIATIONS_AND_COMPLAINTS", "14 avvikelser.");
        sections.put("STAFFING", "92 % undersköterskor.");
        sections.put("ECONOMY", "Resultat +1,8 mnkr.");
        return sections;
    }

    private static Map<String, String> plan() {
        return Map.of("GOALS", "Kontinuitet.", "ACTIONS", "Nytt schema.", "QUALITY_WORK", "Egenkontroll.",
                "STAFFING", "Två nya sjuksköterskor.", "ECONOMY", "Budget i balans.");
    }

    private static AnnualDocument done(AnnualDocument.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(AnnualDocument.Result.Done.class);
        return ((AnnualDocument.Result.Done) result).document();
    }

    private static List<Violation> rejected(AnnualDocument.Result result) {
        assertThat(result).isInstanceOf(AnnualDocument.Result.Rejected.class);
        return ((AnnualDocument.Result.Rejected) result).violations();
    }
}
