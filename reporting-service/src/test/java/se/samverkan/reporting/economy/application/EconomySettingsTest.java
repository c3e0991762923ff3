package se.samverkan.reporting.economy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EconomySettingsTest {

    @Test
    void aYearsPriceBaseAmountIsTheConfiguredOneAndAMissingYearIsEmpty() {
        EconomySettings settings = new EconomySettings(Map.of(2025, new BigDecimal("58800"), 2026,
                new BigDecimal("59200")));

        assertThat(settings.priceBaseAmount(2026)).contains(new BigDecimal("59200"));
        assertThat(settings.priceBaseAmount(2027)).isEmpty();
        assertThat(new EconomySettings(null).priceBaseAmount(2026)).isEmpty();
    }

    @Test
    void aPriceBaseAmountThatIsNotKronorAboveZeroStopsTheStart() {
        assertThatThrownBy(() -> new EconomySettings(Map.of(2026, BigDecimal.ZERO)))
                .hasMessageContaining("price-base-amounts.2026");
        assertThatThrownBy(() -> new EconomySettings(Map.of(2026, new BigDecimal("59200.001"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EconomySettings(Map.of(26, new BigDecimal("59200"))))
                .hasMessageContaining("1990-2100");
    }
}
