package se.samverkan.transparency.portal.web;

import static se.samverkan.transparency.portal.web.PortalDemoData.ANGSBACKENS_HEMTJANST;
import static se.samverkan.transparency.portal.web.PortalDemoData.ASENS_HEMTJANST;
import static se.samverkan.transparency.portal.web.PortalDemoData.BOARD_VON;
import static se.samverkan.transparency.portal.web.PortalDemoData.HEMTJANST_CENTRUM;
import static se.samverkan.transparency.portal.web.PortalDemoData.HEMTJANST_NORR;
import static se.samverkan.transparency.portal.web.PortalDemoData.IN_HOUSE;
import static se.samverkan.transparency.portal.web.PortalDemoData.LINDGARDEN;
import static se.samverkan.transparency.portal.web.PortalDemoData.NORR_AB;

import java.util.List;

/**
 * Every page of the portal the browser tests open, one row per template and state worth checking,
 * over {@link PortalDemoData}. A new page template gets a row here ({@code PortalPageCatalogueTest}
 * fails until it has one); the accessibility test then checks it in Chromium.
 */
final class PortalPageCatalogue {

    static final List<PortalPage> PAGES = List.of(
            new PortalPage("portal/start", "start page", "/"),
            new PortalPage("portal/omrade", "list of a service area", "/jamfor/hemtjanst"),
            new PortalPage("portal/omrade", "list filtered by area and form of operation",
                    "/jamfor/hemtjanst?omrade=Vallby+norra&driftform=KOOPERATIV"),
            new PortalPage("portal/omrade", "list where no unit matches", "/jamfor/hemtjanst?omrade=Ingenstans"),
            new PortalPage("portal/omrade", "list narrowed by a name search", "/jamfor/hemtjanst?sok=omsorgsgruppen"),
            new PortalPage("portal/omrade", "a search nothing matches", "/jamfor/hemtjanst?sok=rymdresor"),
            new PortalPage("portal/omrade", "service area without units", "/jamfor/snorojning"),
            new PortalPage("portal/jamfor", "comparison of two units",
                    "/jamfor/enheter?enhet=" + HEMTJANST_NORR + "&enhet=" + ASENS_HEMTJANST),
            new PortalPage("portal/jamfor", "comparison of four units",
                    "/jamfor/enheter?enhet=" + HEMTJANST_NORR + "&enhet=" + HEMTJANST_CENTRUM + "&enhet="
                    + ASENS_HEMTJANST + "&enhet=" + ANGSBACKENS_HEMTJANST),
            new PortalPage("portal/utforare", "provider page with figures", "/jamfor/utforare/" + NORR_AB),
            new PortalPage("portal/utforare", "in-house provider page, a survey with too few answers",
                    "/jamfor/utforare/" + IN_HOUSE),
            new PortalPage("portal/utforare", "provider page without figures", "/jamfor/utforare/" + LINDGARDEN),
            new PortalPage("portal/uppfoljning", "a provider's findings and planned follow-up",
                    "/jamfor/utforare/" + NORR_AB + "/uppfoljning"),
            new PortalPage("portal/namnder", "the boards with goals and follow-up plans", "/jamfor/namnder"),
            new PortalPage("portal/namnd", "a board's goals and decided follow-up plan", "/jamfor/namnder/" + BOARD_VON),
            new PortalPage("portal/tillganglighet", "accessibility statement", "/jamfor/tillganglighet"),
            new PortalPage("portal/fel", "error 404, unknown service area", "/jamfor/rymdresor"),
            new PortalPage("portal/fel", "error 400, one unit to compare", "/jamfor/enheter?enhet=" + HEMTJANST_NORR));

    private PortalPageCatalogue() {
    }

    /** @param template the Thymeleaf template the path renders, as the controller names it */
    record PortalPage(String template, String description, String path) {

        @Override
        public String toString() {
            return description + " " + path;
        }
    }
}
