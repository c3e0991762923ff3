package se.samverkan.contracts.goal;

import java.util.Arrays;

/**
 * The three goal areas (målområden), the sustainability dimensions that link the council's
 * goals to Agenda 2030, as codes on the wire with the Swedish label every service shows.
 * Readers meeting an unknown code show the code itself.
 */
public enum GoalAreaCode {
    SOCIAL("Social hållbarhet"),
    ECOLOGICAL("Ekologisk hållbarhet"),
    ECONOMIC("Ekonomisk hållbarhet");

    private final String label;

    GoalAreaCode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Swedish label of a code, or the code itself when this reader does not know it. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(area -> area.name().equals(code)).findFirst()
                .map(GoalAreaCode::label).orElse(code);
    }
}
