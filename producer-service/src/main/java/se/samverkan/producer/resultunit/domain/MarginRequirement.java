package se.samverkan.producer.resultunit.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The result requirement (resultkrav) of a unit for a year, as an operating margin in percent.
 *
 * <p>Österåker's rules for the production board (seed 003, Bilaga 5, "Resultatkrav mm") give the
 * production "ett genomsnittligt resultatkrav på +1% för 2015 och som sedan kan ökas med en
 * procentenhet per år tills man uppnår + 5% i rörelsemarginal", and say that in the budget work
 * "ett resultatkrav per enhet fastställas som kan differentieras beroende på enheternas
 * möjligheter". So the ladder (2015: 1 %, 2016: 2 %, … 2019 and later: 5 %) is the production's
 * average requirement and each unit's default; a unit may have its own decided requirement in its
 * budget, with a reason, which overrides the ladder. The seed sets no requirement before 2015.
 *
 * @param percent the required operating margin in percent
 * @param source  where it comes from: the ladder or a decision in the unit's budget
 * @param reason  why the decided requirement differs (null for the ladder)
 */
public record MarginRequirement(BigDecimal percent, Source source, String reason) {

    /** The first year of the ladder, +1 %. */
    public static final int LADDER_START = 2015;
    /** The ladder stops rising here: +5 %. */
    public static final BigDecimal LADDER_CEILING = new BigDecimal("5.00");

    public enum Source { LADDER, DECIDED }

    /** The ladder's requirement for the year: 1 % for 2015, one point more a year, 5 % from 2019; none before 2015. */
    public static Optional<MarginRequirement> ladder(int year) {
        if (year < LADDER_START) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(year - LADDER_START + 1L).setScale(2).min(LADDER_CEILING);
        return Optional.of(new MarginRequirement(percent, Source.LADDER, null));
    }

    /** Whether an operating margin (null: no revenues) meets this requirement. */
    public boolean isMetBy(BigDecimal marginPercent) {
        return marginPercent != null && marginPercent.compareTo(percent) >= 0;
    }
}
