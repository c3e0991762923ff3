package se.samverkan.producer.resultunit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import se.samverkan.defaults.validation.Violation;
import se.samverkan.defaults.validation.Violations;

/**
 * The record of a dialogue meeting (dialogmöte) between the municipal leadership and the
 * production's management (seed 003, Bilaga 5): in the autumn term before the coming year's
 * budget (market shares, volumes, quality, staff, results; reasonable goals and result
 * requirements are set), in the spring term with the closing of the accounts (looking back; how
 * last year's surplus or deficit may be used is decided).
 */
public record DialogueMeeting(UUID id, String providerOrganisationId, LocalDate heldOn, Season season,
                              List<String> participants, List<String> agenda, List<String> decisions, long version) {

    static final int ITEM_MAX = 2000;
    static final int ITEMS_MAX = 50;

    /** The term the meeting belongs to: autumn is August–December, spring January–June. */
    public enum Season {
        AUTUMN, SPRING;

        boolean covers(LocalDate date) {
            int month = date.getMonthValue();
            return this == AUTUMN ? month >= 8 : month <= 6;
        }
    }

    public DialogueMeeting {
        Objects.requireNonNull(id);
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    public static Recording record(String providerOrganisationId, String heldOn, String season,
                                   List<String> participants, List<String> agenda, List<String> decisions) {
        Violations violations = new Violations();
        LocalDate date = violations.date("heldOn", heldOn, true);
        Season term = violations.oneOf(Season.class, "season", season, true);
        if (date != null && term != null && !term.covers(date)) {
            violations.add("heldOn", "season", term == Season.AUTUMN
                    ? "Höstens dialogmöte hålls under höstterminen (augusti–december)."
                    : "Vårens dialogmöte hålls under vårterminen (januari–juni), i samband med bokslutet.");
        }
        items(violations, "participants", participants, true);
        items(violations, "agenda", agenda, true);
        items(violations, "decisions", decisions, false);
        if (!violations.isEmpty()) {
            return new Recording.Rejected(violations.list());
        }
        return new Recording.Recorded(new DialogueMeeting(UUID.randomUUID(), providerOrganisationId, date, term,
                stripped(participants), stripped(agenda), decisions == null ? List.of() : stripped(decisions), 0));
    }

    private static void items(Violations violations, String field, List<String> items, boolean required) {
        if (items == null || items.isEmpty()) {
            if (required) {
                violations.add(field, "required", "Fältet '" + field + "' måste ha minst en rad.");
            }
            return;
        }
        if (items.size() > ITEMS_MAX) {
            violations.add(field, "max-size", "Fältet '" + field + "' får ha högst " + ITEMS_MAX + " rader.");
        }
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item == null || item.isBlank()) {
                violations.add(field + "[" + i + "]", "required", "Raden får inte vara tom.");
            } else if (item.strip().length() > ITEM_MAX) {
                violations.add(field + "[" + i + "]", "max-length", "Raden får vara högst " + ITEM_MAX + " tecken.");
            }
        }
    }

    private static List<String> stripped(List<String> items) {
        return items.stream().map(String::strip).toList();
    }

    public sealed interface Recording {
        record Recorded(DialogueMeeting meeting) implements Recording {
        }

        record Rejected(List<Violation> violations) implements Recording {
        }
    }
}
