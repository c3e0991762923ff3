package se.samverkan.orderer.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class VisitTest {

    static final LocalDate TODAY = LocalDate.parse("2027-03-10");
    static final Instant NOW = Instant.parse("2027-03-10T09:30:00Z");
    static final BoardRef VON = new BoardRef("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "board-von");
    static final UnitRef NORTH = new UnitRef("a3b9e0c4-1f2d-4c5e-8b7a-6d9e0f1a2b3c", "Hemtjänst Norr", "HOME_CARE",
            "6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23", "Omsorgsgruppen Norr AB", "provider-omsorgsgruppen-norr");
    static final int WITHIN_DAYS = 14;

    @Test
    void everyUnitIsVisitedAtLeastOnceAYear() {
        List<Visit> visits = List.of(performed(VisitKind.ANNOUNCED, "2025-05-12"));

        UnitCoverage stillDue = UnitCoverage.assess(NORTH, LocalDate.parse("2020-01-01"), visits, 2026,
                LocalDate.parse("2026-06-01"));
        assertThat(stillDue.visitStatus()).isEqualTo(CoverageStatus.DUE);
        assertThat(stillDue.visitDueBy()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(stillDue.lastVisitOn()).contains(LocalDate.parse("2025-05-12"));

        UnitCoverage missed = UnitCoverage.assess(NORTH, LocalDate.parse("2020-01-01"), visits, 2026,
                LocalDate.parse("2027-01-05"));
        assertThat(missed.visitStatus()).isEqualTo(CoverageStatus.OVERDUE);
        assertThat(missed.status()).isEqualTo(CoverageStatus.OVERDUE);

        List<Visit> visitedIn2026 = new ArrayList<>(visits);
        visitedIn2026.add(performed(VisitKind.ANNOUNCED, "2026-09-01"));
        UnitCoverage visited = UnitCoverage.assess(NORTH, LocalDate.parse("2020-01-01"), visitedIn2026, 2026,
                LocalDate.parse("2027-01-05"));
        assertThat(visited.visitStatus()).isEqualTo(CoverageStatus.OK);
        assertThat(visited.visitDueBy()).isEqualTo(LocalDate.parse("2027-12-31"));
    }

    @Test
    void anUnannouncedVisitDoesNotReplaceTheYearlyVisit() {
        UnitCoverage onlyUnannounced = UnitCoverage.assess(NORTH, LocalDate.parse("2026-01-01"),
                List.of(performed(VisitKind.UNANNOUNCED, "2026-04-01")), 2026, LocalDate.parse("2027-01-05"));
        assertThat(onlyUnannounced.visitStatus()).isEqualTo(CoverageStatus.OVERDUE);

        UnitCoverage deepFollowUp = UnitCoverage.assess(NORTH, LocalDate.parse("2026-01-01"),
                List.of(performed(VisitKind.DEEP_FOLLOW_UP, "2026-04-01")), 2026, LocalDate.parse("2027-01-05"));
        assertThat(deepFollowUp.visitStatus()).isEqualTo(CoverageStatus.OK);
    }

    @Test
    void deepFollowUpIsDueEveryThirdYear() {
        List<Visit> visits = List.of(performed(VisitKind.DEEP_FOLLOW_UP, "2024-10-01"),
                performed(VisitKind.ANNOUNCED, "2026-03-01"), performed(VisitKind.ANNOUNCED, "2027-03-01"));

        UnitCoverage in2026 = UnitCoverage.assess(NORTH, LocalDate.parse("2015-01-01"), visits, 2026, TODAY);
        assertThat(in2026.deepFollowUpDueBy()).isEqualTo(LocalDate.parse("2027-12-31"));
        assertThat(in2026.deepFollowUpStatus()).isEqualTo(CoverageStatus.OK);
        assertThat(in2026.status()).isEqualTo(CoverageStatus.OK);

        UnitCoverage in2027 = UnitCoverage.assess(NORTH, LocalDate.parse("2015-01-01"), visits, 2027, TODAY);
        assertThat(in2027.deepFollowUpStatus()).isEqualTo(CoverageStatus.DUE);
        assertThat(in2027.status()).isEqualTo(CoverageStatus.DUE);
        assertThat(in2027.nextDueBy()).isEqualTo(LocalDate.parse("2027-12-31"));

        UnitCoverage afterIt = UnitCoverage.assess(NORTH, LocalDate.parse("2015-01-01"), visits, 2027,
                LocalDate.parse("2028-01-02"));
        assertThat(afterIt.deepFollowUpStatus()).isEqualTo(CoverageStatus.OVERDUE);

        List<Visit> deepAgain = new ArrayList<>(visits);
        deepAgain.add(performed(VisitKind.DEEP_FOLLOW_UP, "2027-11-15"));
        UnitCoverage done = UnitCoverage.assess(NORTH, LocalDate.parse("2015-01-01"), deepAgain, 2027,
                LocalDate.parse("2028-01-02"));
        assertThat(done.deepFollowUpStatus()).isEqualTo(CoverageStatus.OK);
        assertThat(done.deepFollowUpDueBy()).isEqualTo(LocalDate.parse("2030-12-31"));
    }

    @Test
    void aUnitThatNeverHadADeepFollowUpIsDueOneInItsThirdYear() {
        UnitCoverage opened2026 = UnitCoverage.assess(NORTH, LocalDate.parse("2026-01-01"), List.of(), 2027, TODAY);
        assertThat(opened2026.deepFollowUpDueBy()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(opened2026.deepFollowUpStatus()).isEqualTo(CoverageStatus.OK);
    }

    @Test
    void seriousComplaintPlansAnUnannouncedVisit() {
        Visit visit = planned(Visit.onSeriousComplaint(VON, NORTH, new Visit.ComplaintTerms("2027-03-08",
                "Brukare utan insatser under helgen.", null, "von.handlaggare"), WITHIN_DAYS, "von", TODAY, NOW));

        assertThat(visit.kind()).isEqualTo(VisitKind.UNANNOUNCED);
        assertThat(visit.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(visit.unit()).isEqualTo(NORTH);
        assertThat(visit.plannedOn()).isEqualTo(TODAY.plusDays(WITHIN_DAYS));
        assertThat(visit.complaint()).hasValueSatisfying(complaint -> {
            assertThat(complaint.receivedOn()).isEqualTo(LocalDate.parse("2027-03-08"));
            assertThat(complaint.registeredOn()).isEqualTo(TODAY);
        });

        Visit sooner = planned(Visit.onSeriousComplaint(VON, NORTH, new Visit.ComplaintTerms("2027-03-08",
                "Brukare utan insatser under helgen.", "2027-03-12", "von.handlaggare"), WITHIN_DAYS, "von", TODAY,
                NOW));
        assertThat(sooner.plannedOn()).isEqualTo(LocalDate.parse("2027-03-12"));

        assertThat(rules(Visit.onSeriousComplaint(VON, NORTH, new Visit.ComplaintTerms("2027-03-08", "Klagomål.",
                TODAY.plusDays(WITHIN_DAYS + 1).toString(), "von.handlaggare"), WITHIN_DAYS, "von", TODAY, NOW)))
                .containsExactly(tuple("plannedOn", "within-days"));
        assertThat(rules(Visit.onSeriousComplaint(VON, NORTH, new Visit.ComplaintTerms("2027-03-11", " ",
                "2027-03-09", null), WITHIN_DAYS, "von", TODAY, NOW)))
                .containsExactly(tuple("receivedOn", "not-future"), tuple("summary", "required"),
                        tuple("responsible", "required"), tuple("plannedOn", "within-days"));
    }

    @Test
    void providerSeesAnnouncedAndPerformedVisitsButNeverAnUnannouncedOneBeforeItIsMade() {
        Visit announced = planned(Visit.plan(VON, NORTH, new Visit.Terms("ANNOUNCED", "2027-04-01", "von.handlaggare",
                "Årligt besök"), "von", NOW));
        Visit deep = planned(Visit.plan(VON, NORTH, new Visit.Terms("DEEP_FOLLOW_UP", "2027-05-01", "von.handlaggare",
                null), "von", NOW));
        Visit surprise = planned(Visit.plan(VON, NORTH, new Visit.Terms("UNANNOUNCED", "2027-03-20", "von.handlaggare",
                "Eget initiativ"), "von", NOW));

        assertThat(announced.visibleToProvider()).isTrue();
        assertThat(deep.visibleToProvider()).isTrue();
        assertThat(surprise.visibleToProvider()).isFalse();

        Visit made = ((Visit.Change.Changed) surprise.recordPerformed(new Visit.Performance("2027-03-10",
                "von.handlaggare", "Inga brister."), TODAY)).visit();
        assertThat(made.visibleToProvider()).isTrue();
    }

    @Test
    void aVisitIsRecordedAsMadeOnceWithWhoAndTheOutcomeAndNotInTheFuture() {
        Visit visit = planned(Visit.plan(VON, NORTH, new Visit.Terms("ANNOUNCED", "2027-03-01", "von.handlaggare",
                null), "von", NOW));

        assertThat(rules(visit.recordPerformed(new Visit.Performance("2027-03-11", "", null), TODAY)))
                .containsExactly(tuple("performedOn", "not-future"), tuple("performedBy", "required"),
                        tuple("outcome", "required"));

        Visit made = ((Visit.Change.Changed) visit.recordPerformed(new Visit.Performance("2027-03-09",
                "von.handlaggare, von.chef", "Rutinerna följs."), TODAY)).visit();
        assertThat(made.status()).isEqualTo(VisitStatus.PERFORMED);
        assertThat(made.performedOn()).contains(LocalDate.parse("2027-03-09"));
        assertThat(made.performedBy()).contains("von.handlaggare, von.chef");
        assertThat(made.outcome()).contains("Rutinerna följs.");

        assertThat(rules(made.recordPerformed(new Visit.Performance("2027-03-10", "von", "Igen."), TODAY)))
                .containsExactly(tuple("status", "planned-only"));
    }

    @Test
    void aPlanNamesItsKindDayAndWhoWillMakeIt() {
        assertThat(rules(Visit.plan(VON, NORTH, new Visit.Terms("SOCIAL_CALL", "10 mars", null, null), "von", NOW)))
                .containsExactly(tuple("kind", "one-of"), tuple("plannedOn", "date"), tuple("responsible", "required"));
    }

    static Visit performed(VisitKind kind, String on) {
        Visit visit = planned(Visit.plan(VON, NORTH, new Visit.Terms(kind.name(), on, "von.handlaggare", null), "von",
                NOW));
        return ((Visit.Change.Changed) visit.recordPerformed(new Visit.Performance(on, "von.handlaggare", "Besökt."),
                LocalDate.parse(on))).visit();
    }

    static Visit planned(Visit.Planning planning) {
        assertThat(planning).isInstanceOf(Visit.Planning.Planned.class);
        return ((Visit.Planning.Planned) planning).visit();
    }

    static List<Tuple> rules(Object result) {
        List<Violation> violations = result instanceof Visit.Planning.Rejected rejected ? rejected.violations()
                : result instanceof Visit.Change.Rejected changeRejected ? changeRejected.violations() : List.of();
        return violations.stream().map(v -> tuple(v.field(), v.rule())).toList();
    }
}
