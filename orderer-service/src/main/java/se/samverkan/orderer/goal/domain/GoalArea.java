package se.samverkan.orderer.goal.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three goal areas (målområden): the sustainability dimensions every council goal belongs
 * to, through which the goals link to Agenda 2030 (004). Fixed; their Swedish labels are in
 * {@code GoalAreaCode} of the event contracts.
 */
public enum GoalArea {
    SOCIAL,
    ECOLOGICAL,
    ECONOMIC;

    public static Optional<GoalArea> parse(String code) {
        return Arrays.stream(values()).filter(area -> area.name().equals(code)).findFirst();
    }
}
