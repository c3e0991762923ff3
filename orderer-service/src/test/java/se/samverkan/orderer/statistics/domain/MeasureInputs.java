package se.samverkan.orderer.statistics.domain;

import java.math.BigDecimal;
import java.util.List;

/** Measures as an official would write them, valid unless a test changes a field. */
final class MeasureInputs {

    private MeasureInputs() {
    }

    static Builder volume(String code) {
        return new Builder(code).category("VOLUME").valueType("AMOUNT").unit("timmar");
    }

    static Builder resource(String code) {
        return new Builder(code).category("RESOURCE").valueType("AMOUNT").unit("årsarbetare");
    }

    static Builder productivity(String code, String volume, String resource) {
        return new Builder(code).category("PRODUCTIVITY").valueType("AMOUNT").unit("timmar per årsarbetare")
                .relates(volume, resource);
    }

    static Builder survey(String code) {
        return new Builder(code).category("USER_SURVEY").valueType("PERCENT").unit(null).reportsRespondents(true)
                .reportsResponseRate(true);
    }

    static Builder quality(String code) {
        return new Builder(code).category("QUALITY").valueType("PERCENT").unit(null);
    }

    static final class Builder {
        private final String code;
        private String name;
        private String category;
        private String valueType;
        private String unit;
        private String frequency = "MONTHLY";
        private List<String> breakdowns = List.of();
        private BigDecimal minValue;
        private BigDecimal maxValue;
        private Boolean reportsRespondents;
        private Boolean reportsResponseRate;
        private String volumeMeasure;
        private String resourceMeasure;

        private Builder(String code) {
            this.code = code;
            this.name = "Mått " + code;
        }

        Builder category(String value) {
            category = value;
            return this;
        }

        Builder valueType(String value) {
            valueType = value;
            return this;
        }

        Builder unit(String value) {
            unit = value;
            return this;
        }

        Builder frequency(String value) {
            frequency = value;
            return this;
        }

        Builder breakdowns(String... values) {
            breakdowns = List.of(values);
            return this;
        }

        Builder bounds(String min, String max) {
            minValue = min == null ? null : new BigDecimal(min);
            maxValue = max == null ? null : new BigDecimal(max);
            return this;
        }

        Builder reportsRespondents(Boolean value) {
            reportsRespondents = value;
            return this;
        }

        Builder reportsResponseRate(Boolean value) {
            reportsResponseRate = value;
            return this;
        }

        Builder relates(String volume, String resource) {
            volumeMeasure = volume;
            resourceMeasure = resource;
            return this;
        }

        MeasureInput build() {
            return new MeasureInput(code, name, null, category, valueType, unit, frequency, null, breakdowns, minValue,
                    maxValue, reportsRespondents, reportsResponseRate, volumeMeasure, resourceMeasure, null);
        }
    }
}
