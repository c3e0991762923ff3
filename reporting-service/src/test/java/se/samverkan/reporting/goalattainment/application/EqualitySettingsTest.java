package se.samverkan.reporting.goalattainment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EqualitySettingsTest {

    @Test
    void theEqualityThresholdIsTenUnlessConfigured() {
        assertThat(new EqualitySettings(null).analysis().thresholdPercent()).isEqualByComparingTo("10");
        assertThat(new EqualitySettings(new BigDecimal("15")).analysis().thresholdPercent())
                .isEqualByComparingTo("15");
    }

    @Test
    void aThresholdOutsideZeroToAHundredStopsTheStart() {
        assertThatThrownBy(() -> new EqualitySettings(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
