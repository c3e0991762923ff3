package se.samverkan.orderer.goal.domain;

import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator should move to be better (önskad riktning). */
public enum Direction {
    /** Higher is better (öka). */
    INCREASE,
    /** Lower is better (minska). */
    DECREASE,
    /** The level should be kept (bibehålla). */
    KEEP;

    public static Optional<Direction> parse(String code) {
        return Arrays.stream(values()).filter(direction -> direction.name().equals(code)).findFirst();
    }
}
