package se.samverkan.transparency.portal.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.messaging.FollowUpEvents;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;

/**
 * A small municipality's published providers and figures, as the portal's read models hold them
 * once the producer's and the statistics' events have arrived: four forms of operation, home care
 * in three areas, one unit with a survey too small to publish. Fixed ids, so a page's path can be
 * written down before the service starts. Storing it twice changes nothing.
 */
final class PortalDemoData {

    static final String NORR_AB = id("provider Omsorgsgruppen Norr AB");
    static final String IN_HOUSE = id("provider Vallby kommuns produktion");
    static final String ANGSBACKEN = id("provider Ängsbacken omsorg");
    static final String LINDGARDEN = id("provider Stiftelsen Lindgården");

    static final String HEMTJANST_NORR = id("unit Hemtjänst Norr");
    static final String HEMTJANST_CENTRUM = id("unit Hemtjänst Centrum");
    static final String ASENS_HEMTJANST = id("unit Åsens hemtjänst");
    static final String BJORKENS_FORSKOLA = id("unit Björkens förskola");
    static final String ANGSBACKENS_HEMTJANST = id("unit Ängsbackens hemtjänst");
    static final String LINDGARDENS_BOENDE = id("unit Lindgårdens boende");

    static final String BOARD_VON = id("board VON");
    static final String AGREEMENT_NORR = id("agreement Omsorgsgruppen Norr AB");

    /** The home care units in the neutral order the portal lists them in. */
    static final List<String> HOME_CARE_UNITS = List.of("Hemtjänst Centrum", "Hemtjänst Norr", "Åsens hemtjänst",
            "Ängsbackens hemtjänst");

    private PortalDemoData() {
    }

    static void publish(PublicProviderStore providers, UnitStatisticsStore statistics, MeasureNameStore names) {
        provider(providers, NORR_AB, "Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899",
                new PublicUnit(HEMTJANST_NORR, "Hemtjänst Norr", "HOME_CARE", "Vallby norra", "2026-01-01"),
                new PublicUnit(HEMTJANST_CENTRUM, "Hemtjänst Centrum", "HOME_CARE", "Vallby centrum", "2026-03-01"));
        provider(providers, IN_HOUSE, "Vallby kommuns produktion", "KOMMUNAL_EGENREGI", "212000-0001",
                new PublicUnit(ASENS_HEMTJANST, "Åsens hemtjänst", "HOME_CARE", "Vallby södra", "2026-01-01"),
                new PublicUnit(BJORKENS_FORSKOLA, "Björkens förskola", "PRESCHOOL", "Vallby södra", "2026-01-01"));
        provider(providers, ANGSBACKEN, "Ängsbacken omsorg", "KOOPERATIV", "769600-1234",
                new PublicUnit(ANGSBACKENS_HEMTJANST, "Ängsbackens hemtjänst", "HOME_CARE", "Vallby norra",
                        "2026-01-01"));
        provider(providers, LINDGARDEN, "Stiftelsen Lindgården", "STIFTELSE", "802400-5678",
                new PublicUnit(LINDGARDENS_BOENDE, "Lindgårdens boende", "RESIDENTIAL_CARE", "Vallby centrum",
                        "2026-01-01"));

        figures(statistics, HEMTJANST_NORR, NORR_AB, survey(42, "85", "71", 27, 15), hours("1840.5", "1100", "740.5"));
        figures(statistics, HEMTJANST_CENTRUM, NORR_AB, survey(31, "78", "64", 18, 13), hours("1210", "800", "410"));
        figures(statistics, ASENS_HEMTJANST, IN_HOUSE, survey(3, "40", "30", null, null), hours("960", null, null));
        figures(statistics, ANGSBACKENS_HEMTJANST, ANGSBACKEN, survey(30, "75", "58", 20, 10),
                hours("1320", "790", "530"));
        names.saveIfNewer("demo-specification-home-care", "HOME_CARE", 1, List.of(
                new MeasureName("NOJD", "Andel nöjda brukare", "%"),
                new MeasureName("TIMMAR", "Utförda timmar", "timmar")), "demo-names-home-care");
    }

    /**
     * VON's goals and decided follow-up plan and three findings at Omsorgsgruppen Norr AB (open,
     * with an accepted action plan, closed), as orderer-service's events bring them; the listeners
     * apply them a moment later.
     */
    static void publishFollowUp(FollowUpEvents events) {
        String requirement = id("requirement fast kontaktperson");
        events.publish(FollowUpEvents.councilGoals("2023-2026", id("council goal 1"), 1));
        events.publish(FollowUpEvents.boardGoals(BOARD_VON, "VON", "2023-2026", id("council goal 1"),
                "Brukarna är nöjda med hemtjänsten", 1));
        events.publish(FollowUpEvents.plan(id("plan VON 2027"), BOARD_VON, 2027, 1, List.of(
                FollowUpEvents.item(NORR_AB, "Kontinuitet och kontaktpersoner i hemtjänsten"),
                FollowUpEvents.item(IN_HOUSE, "Kontinuitet i egen regi"),
                FollowUpEvents.item(ANGSBACKEN, "Måltider och delaktighet"))));
        events.publish(FollowUpEvents.agreement(AGREEMENT_NORR, NORR_AB, "Auktorisation hemtjänst, Omsorgsgruppen Norr AB",
                requirement));
        String open = id("finding open");
        String accepted = id("finding accepted");
        String closed = id("finding closed");
        events.publish(FollowUpEvents.registered(open, AGREEMENT_NORR, NORR_AB, requirement,
                "Genomförandeplaner saknas.", "2027-04-02"));
        events.publish(FollowUpEvents.registered(accepted, AGREEMENT_NORR, NORR_AB, requirement,
                "Kontaktperson okänd.", "2027-02-10"));
        events.publish(FollowUpEvents.decided(accepted, AGREEMENT_NORR, NORR_AB, "ACCEPTED", "2027-03-20", 4));
        events.publish(FollowUpEvents.registered(closed, AGREEMENT_NORR, NORR_AB, requirement,
                "Larm besvarades sent.", "2027-01-15"));
        events.publish(FollowUpEvents.closed(closed, AGREEMENT_NORR, NORR_AB, "2027-06-01", 6));
    }

    private static void provider(PublicProviderStore providers, String id, String name, String legalForm,
                                 String organisationNumber, PublicUnit... units) {
        providers.saveIfNewer(new PublicProvider(id, name, legalForm, organisationNumber, List.of(), 1), "demo-" + id);
        for (PublicUnit unit : units) {
            providers.addUnit(id, unit, "demo-" + unit.unitId());
        }
    }

    private static void figures(UnitStatisticsStore statistics, String unitId, String providerId,
                                MeasureFigures... values) {
        statistics.saveIfNewer(new UnitStatistics(unitId, providerId, "Enhet", "HOME_CARE", null, "2027", "2027-01-01",
                "2027-12-31", 1, List.of(values)), "demo-statistics-" + unitId);
    }

    /** A user survey; women and men are given as numbers of respondents where the split is known. */
    private static MeasureFigures survey(int respondents, String satisfied, String responseRate, Integer women,
                                         Integer men) {
        Map<String, BigDecimal> byGender = women == null ? Map.of() : Map.of(
                MeasureFigures.WOMEN, new BigDecimal(satisfied).add(BigDecimal.ONE),
                MeasureFigures.MEN, new BigDecimal(satisfied).subtract(BigDecimal.ONE),
                MeasureFigures.TOTAL, new BigDecimal(satisfied));
        return new MeasureFigures("NOJD", "PERCENT", new BigDecimal(satisfied), byGender, respondents,
                new BigDecimal(responseRate));
    }

    private static MeasureFigures hours(String total, String women, String men) {
        Map<String, BigDecimal> byGender = women == null ? Map.of() : Map.of(MeasureFigures.WOMEN,
                new BigDecimal(women), MeasureFigures.MEN, new BigDecimal(men), MeasureFigures.TOTAL,
                new BigDecimal(total));
        return new MeasureFigures("TIMMAR", "AMOUNT", new BigDecimal(total), byGender, null, null);
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
