package se.samverkan.orderer.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverkan.defaults.validation.Violation;

class TenderTest {

    private static final LocalDate ANNOUNCED = LocalDate.of(2026, 8, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 1);
    private static final Instant NOW = Instant.parse("2026-08-01T08:00:00Z");

    @Test
    void bidsAreTakenUntilTheDeadlineOncePerProvider() {
        Tender tender = done(announced().bid("p-1", "org-1", "Omsorg AB", price(100), null, DEADLINE, NOW));

        assertThat(rules(tender.bid("p-1", "org-1", "Omsorg AB", price(90), null, DEADLINE, NOW)))
                .containsExactly("one-bid");
        assertThat(rules(tender.bid("p-2", "org-2", "Vård AB", price(90), null, DEADLINE.plusDays(1), NOW)))
                .containsExactly("deadline");
    }

    @Test
    void theInHouseProductionBidsLikeAnyone() {
        Tender tender = done(announced().bid("egen", "provider-vallby-produktion", "Vallby egenregi", price(95), null,
                ANNOUNCED, NOW));

        assertThat(tender.bids()).extracting(Tender.Bid::providerName).containsExactly("Vallby egenregi");
    }

    @Test
    void evaluationComesAfterTheDeadlineAndScoresEveryBid() {
        Tender tender = withTwoBids();
        String first = tender.bids().get(0).id().toString();

        assertThat(rules(tender.evaluate(Map.of(first, 80), DEADLINE))).contains("after-deadline", "required");
        assertThat(rules(tender.evaluate(Map.of(first, 101, tender.bids().get(1).id().toString(), 50),
                DEADLINE.plusDays(1)))).containsExactly("range");
    }

    @Test
    void bestBidWeighsPriceAgainstQualityAsAnnounced() {
        // price weighs 40 %: A costs 100 with quality 80, B costs 80 with quality 60.
        // A: 40 × 80/100 + 60 × 0.80 = 32 + 48 = 80; B: 40 × 80/80 + 60 × 0.60 = 40 + 36 = 76.
        Tender evaluated = evaluated(80, 60);

        assertThat(evaluated.score(evaluated.bids().get(0))).isEqualByComparingTo("80.00");
        assertThat(evaluated.score(evaluated.bids().get(1))).isEqualByComparingTo("76.00");
        assertThat(evaluated.best()).get().extracting(Tender.Bid::providerName).isEqualTo("A Omsorg AB");
        assertThat(evaluated(70, 60).best()).get().extracting(Tender.Bid::providerName)
                .as("A: 32 + 42 = 74 against B's 76").isEqualTo("B Vård AB");
    }

    @Test
    void standstillIsAtLeastTenDays() {
        Tender evaluated = evaluated(80, 60);

        assertThat(rules(evaluated.award("2026-09-10", "2026-09-19"))).containsExactly("standstill");
        Tender awarded = done(evaluated.award("2026-09-10", null));
        assertThat(awarded.award()).get().extracting(Tender.Award::standstillEndsOn)
                .isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(awarded.winner()).get().extracting(Tender.Bid::providerName).isEqualTo("A Omsorg AB");
    }

    @Test
    void contractIsConcludedOnlyAfterTheStandstill() {
        Tender awarded = done(evaluated(80, 60).award("2026-09-10", null));

        assertThat(rules(awarded.conclude(LocalDate.of(2026, 9, 20)))).containsExactly("standstill");
        Tender concluded = done(awarded.conclude(LocalDate.of(2026, 9, 21)));
        assertThat(concluded.status()).isEqualTo(Tender.Status.CONCLUDED);
        assertThat(rules(concluded.conclude(LocalDate.of(2026, 9, 22)))).containsExactly("concluded");
        assertThat(rules(evaluated(80, 60).conclude(LocalDate.of(2026, 12, 1)))).containsExactly("awarded");
    }

    @Test
    void announcementNeedsTheMandatoryRequirementsAndRoomForTheStandstill() {
        Tender.Result result = Tender.announce("b", "board-von", new Tender.Terms("VON 2026/88", "Drift", "LOU",
                "RESIDENTIAL_CARE", "2026-09-01", "2026-09-05", "2030-12-31", price(100), "HIGH", "HIGH", 40,
                List.of()), ANNOUNCED, NOW);

        assertThat(rules(result)).containsExactly("after-standstill", "mandatory-category", "mandatory-category",
                "mandatory-category", "mandatory-category");
    }

    private static Tender evaluated(int qualityA, int qualityB) {
        Tender tender = withTwoBids();
        return done(tender.evaluate(Map.of(tender.bids().get(0).id().toString(), qualityA,
                tender.bids().get(1).id().toString(), qualityB), DEADLINE.plusDays(1)));
    }

    private static Tender withTwoBids() {
        Tender tender = done(announced().bid("a", "org-a", "A Omsorg AB", price(100), null, ANNOUNCED, NOW));
        return done(tender.bid("b", "org-b", "B Vård AB", price(80), null, ANNOUNCED, NOW.plusSeconds(60)));
    }

    private static Tender announced() {
        return done(Tender.announce("b", "board-von", new Tender.Terms("VON 2026/88", "Drift av Björkhagen", "LOU",
                "RESIDENTIAL_CARE", DEADLINE.toString(), "2027-01-01", "2030-12-31", price(30_000_000), "HIGH", "HIGH",
                40, List.of(new Rulebook.RequirementTerms("BASIC_QUALITY", "Genomförandeplan.", "VISIT"),
                        new Rulebook.RequirementTerms("LABOUR_CONDITIONS", "Kollektivavtal.", "DOCUMENT_REVIEW"),
                        new Rulebook.RequirementTerms("FOLLOW_UP_DUTY", "Statistik.", "STATISTICS"),
                        new Rulebook.RequirementTerms("PUBLIC_INSIGHT_DUTY", "Insyn.", "DOCUMENT_REVIEW"))),
                ANNOUNCED, NOW));
    }

    private static BigDecimal price(long kronor) {
        return BigDecimal.valueOf(kronor);
    }

    private static Tender done(Tender.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(Tender.Result.Done.class);
        return ((Tender.Result.Done) result).tender();
    }

    private static List<String> rules(Tender.Result result) {
        assertThat(result).as(result.toString()).isInstanceOf(Tender.Result.Rejected.class);
        return ((Tender.Result.Rejected) result).violations().stream().map(Violation::rule).toList();
    }
}
