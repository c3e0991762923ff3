package se.samverkan.transparency.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Röjandekontroll: no published figure rests on too few people, and no withheld one can be computed back. */
class DisclosureControlTest {

    @Property(tries = 500)
    void noPublishedCellRestsOnFewerThanTheThresholdAndNoWithheldCellCanBeComputedFromThePublishedOnes(
            @ForAll("figures") MeasureFigures figures, @ForAll @IntRange(min = 1, max = 12) int threshold) {
        PublishedMeasure published = new DisclosureControl(threshold).publish(figures);

        if (figures.isSurvey()) {
            if (published.total().isShown() || published.respondents().isShown()
                || published.responseRate().isShown()) {
                assertThat(figures.respondents()).as("a shown survey figure rests on enough respondents")
                        .isGreaterThanOrEqualTo(threshold);
            }
            assertThat(published.women().isShown() || published.men().isShown())
                    .as("without respondents per gender a survey's split is never shown").isFalse();
        }
        if (figures.isCount()) {
            for (Cell cell : new Cell[] {published.total(), published.women(), published.men()}) {
                if (cell.isShown()) {
                    assertThat(cell.value()).as("a shown count is at least the threshold")
                            .isGreaterThanOrEqualTo(BigDecimal.valueOf(threshold));
                }
            }
            BigDecimal women = figures.byGender().get("K");
            BigDecimal men = figures.byGender().get("M");
            if (published.total().isShown() && published.women().isShown()) {
                assertThat(figures.total().subtract(women)).as("men = total − women is no small count")
                        .isGreaterThanOrEqualTo(BigDecimal.valueOf(threshold));
            }
            if (published.total().isShown() && published.men().isShown()) {
                assertThat(figures.total().subtract(men)).as("women = total − men is no small count")
                        .isGreaterThanOrEqualTo(BigDecimal.valueOf(threshold));
            }
            if (published.women().isTooFew() || published.men().isTooFew()) {
                assertThat(published.total().isShown() && (published.women().isShown() || published.men().isShown()))
                        .as("a withheld gender cannot be computed from the total and the other").isFalse();
            }
        }
    }

    @Test
    void aSurveyWithFewerRespondentsThanTheThresholdShowsNothingButTooFewAnswers() {
        PublishedMeasure published = new DisclosureControl(5).publish(survey(4, "81.5"));

        assertThat(published.total().isTooFew()).isTrue();
        assertThat(published.respondents().isTooFew()).isTrue();
        assertThat(published.responseRate().isTooFew()).isTrue();
    }

    @Test
    void aSurveyWithEnoughRespondentsShowsItsResultRespondentsAndResponseRate() {
        PublishedMeasure published = new DisclosureControl(5).publish(survey(5, "81.5"));

        assertThat(published.total()).isEqualTo(Cell.shown(new BigDecimal("81.5")));
        assertThat(published.respondents()).isEqualTo(Cell.shown(BigDecimal.valueOf(5)));
        assertThat(published.responseRate()).isEqualTo(Cell.shown(new BigDecimal("62")));
    }

    @Test
    void whenOneGendersCountIsTooSmallTheOtherIsWithheldTooSoItCannotBeComputedFromTheTotal() {
        PublishedMeasure published = new DisclosureControl(5).publish(count(23, 3, 20));

        assertThat(published.total()).isEqualTo(Cell.shown(BigDecimal.valueOf(23)));
        assertThat(published.women().isTooFew()).isTrue();
        assertThat(published.men().isTooFew()).as("complementary suppression").isTrue();
    }

    @Test
    void countsOfEnoughPeopleAreShownSplitByGender() {
        PublishedMeasure published = new DisclosureControl(5).publish(count(25, 5, 20));

        assertThat(published.women()).isEqualTo(Cell.shown(BigDecimal.valueOf(5)));
        assertThat(published.men()).isEqualTo(Cell.shown(BigDecimal.valueOf(20)));
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(new DisclosureControl(10).publish(count(25, 5, 20)).women().isTooFew()).isTrue();
        assertThat(new DisclosureControl(3).publish(survey(4, "80")).total().isShown()).isTrue();
    }

    @Test
    void hoursAndOtherAmountsRestOnNoRespondentsAndAreShownAsReported() {
        PublishedMeasure published = new DisclosureControl(5).publish(new MeasureFigures("HOURS", "AMOUNT",
                new BigDecimal("3.5"), Map.of("K", new BigDecimal("1"), "M", new BigDecimal("2.5")), null, null));

        assertThat(published.total().isShown()).isTrue();
        assertThat(published.women().isShown()).isTrue();
        assertThat(published.men().isShown()).isTrue();
    }

    @Provide
    Arbitrary<MeasureFigures> figures() {
        Arbitrary<MeasureFigures> counts = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40), Arbitraries.of(Split.values())).as((women, men, split) ->
                count(women + men, split.women ? women : null, split.men ? men : null));
        Arbitrary<MeasureFigures> surveys = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100),
                Arbitraries.of(Split.values())).as((respondents, women, men, split) -> {
                    Map<String, BigDecimal> byGender = new HashMap<>();
                    if (split.women) {
                        byGender.put("K", BigDecimal.valueOf(women));
                    }
                    if (split.men) {
                        byGender.put("M", BigDecimal.valueOf(men));
                    }
                    return new MeasureFigures("NOJDHET", "PERCENT", BigDecimal.valueOf((women + men) / 2),
                            byGender, respondents, BigDecimal.valueOf(70));
                });
        return Arbitraries.oneOf(counts, surveys);
    }

    enum Split {
        BOTH(true, true), WOMEN_ONLY(true, false), MEN_ONLY(false, true), NONE(false, false);

        final boolean women;
        final boolean men;

        Split(boolean women, boolean men) {
            this.women = women;
            this.men = men;
        }
    }

    private static MeasureFigures count(int total, Integer women, Integer men) {
        Map<String, BigDecimal> byGender = new HashMap<>();
        if (women != null) {
            byGender.put("K", BigDecimal.valueOf(women));
        }
        if (men != null) {
            byGender.put("M", BigDecimal.valueOf(men));
        }
        if (!byGender.isEmpty()) {
            byGender.put("T", BigDecimal.valueOf(total));
        }
        return new MeasureFigures("USERS", "COUNT", BigDecimal.valueOf(total), byGender, null, null);
    }

    private static MeasureFigures survey(int respondents, String result) {
        return new MeasureFigures("NOJDHET", "PERCENT", new BigDecimal(result),
                Map.of("K", new BigDecimal("80"), "M", new BigDecimal("83"), "T", new BigDecimal(result)), respondents,
                new BigDecimal("62"));
    }
}
