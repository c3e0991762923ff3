package se.samverkan.transparency.portal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.samverkan.contracts.goal.GoalAreaCode;

/** The Swedish words for the codes orderer-service's follow-up events carry; an unknown code is shown as it is. */
final class FollowUpLabels {

    private static final Map<String, String> SEVERITIES = Map.of("LOW", "Låg", "MEDIUM", "Måttlig", "HIGH", "Hög",
            "SERIOUS", "Allvarlig");
    private static final Map<String, String> SOURCES = Map.of("VISIT", "Verksamhetsbesök",
            "UNANNOUNCED_VISIT", "Oanmält besök", "STATISTICS", "Statistik", "USER_SURVEY", "Brukarundersökning",
            "NATIONAL_REGISTER", "Nationellt kvalitetsregister", "COMPLAINT", "Synpunkt, klagomål eller anmälan",
            "DOCUMENT_REVIEW", "Granskning av dokument");
    private static final Map<String, String> CATEGORIES = Map.of("BASIC_QUALITY", "Grundläggande krav: kvalitet",
            "ACTIVITY_GOALS", "Grundläggande krav: verksamhetsmål",
            "RESOURCE_EFFICIENCY", "Grundläggande krav: resurseffektivitet",
            "SOCIAL_SUSTAINABILITY", "Social hållbarhet", "ENVIRONMENTAL_SUSTAINABILITY", "Miljömässig hållbarhet",
            "LABOUR_CONDITIONS", "Arbetsvillkor", "FOLLOW_UP_DUTY", "Skyldighet att medverka i uppföljning",
            "PUBLIC_INSIGHT_DUTY", "Skyldighet att lämna information för allmänhetens insyn");
    private static final Map<String, String> FORMS = Map.of("SUPERVISION", "Tillsyn",
            "ACTIVITY_FOLLOW_UP", "Verksamhetsuppföljning", "CONTRACT_FOLLOW_UP", "Avtalsuppföljning",
            "USER_SURVEY", "Brukarundersökning", "SPECIAL_REVIEW", "Särskild granskning");
    private static final Map<String, String> INTERVALS = Map.of("ONCE", "En gång", "MONTHLY", "Varje månad",
            "QUARTERLY", "Varje kvartal", "TWICE_A_YEAR", "Två gånger per år", "YEARLY", "En gång per år");
    private static final Map<String, String> RECIPIENTS = Map.of("BOARD", "nämnden", "PROVIDER", "utföraren",
            "PUBLIC", "allmänheten");
    private static final Map<String, String> DIRECTIONS = Map.of("INCREASE", "Öka", "DECREASE", "Minska",
            "KEEP", "Bibehålla");

    private FollowUpLabels() {
    }

    static String severity(String code) {
        return of(SEVERITIES, code);
    }

    static String source(String code) {
        return of(SOURCES, code);
    }

    static String category(String code) {
        return of(CATEGORIES, code);
    }

    static String form(String code) {
        return of(FORMS, code);
    }

    static String interval(String code) {
        return of(INTERVALS, code);
    }

    static String direction(String code) {
        return of(DIRECTIONS, code);
    }

    static String goalArea(String code) {
        return code == null ? Formats.NOT_REPORTED : GoalAreaCode.labelOf(code);
    }

    /** "nämnden, utföraren och allmänheten". */
    static String recipients(List<String> codes) {
        List<String> words = codes.stream().map(code -> of(RECIPIENTS, code)).toList();
        if (words.isEmpty()) {
            return Formats.NOT_REPORTED;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + " och " + words.get(words.size() - 1);
    }

    /** {@code 2023-2026} written with an en dash. */
    static String mandatePeriod(String period) {
        return period == null ? Formats.NOT_REPORTED : period.replace('-', '–');
    }

    private static String of(Map<String, String> labels, String code) {
        return code == null ? Formats.NOT_REPORTED : labels.getOrDefault(code, code);
    }
}
