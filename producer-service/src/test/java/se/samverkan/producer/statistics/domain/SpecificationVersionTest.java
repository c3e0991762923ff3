package se.samverkan.producer.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpecificationVersionTest {

    private static SpecificationVersion version(int number, String validFrom) {
        return new SpecificationVersion("spec-1", Fixtures.BOARD_ID, Fixtures.BOARD, "HOME_CARE", number,
                LocalDate.parse(validFrom), List.of(), List.of(Fixtures.STAFF));
    }

    @Test
    void aVersionAppliesFromItsValidFromUntilTheNextVersionsValidFrom() {
        List<SpecificationVersion> versions = List.of(version(2, "2027-07-01"), version(1, "2027-01-01"));

        assertThat(SpecificationVersion.inForce(versions, ReportingPeriod.parse("2026-12").orElseThrow())).isEmpty();
        assertThat(SpecificationVersion.inForce(versions, ReportingPeriod.parse("2027-06").orElseThrow()))
                .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(1));
        assertThat(SpecificationVersion.inForce(versions, ReportingPeriod.parse("2027-07").orElseThrow()))
                .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(2));
    }

    @Test
    void aVersionThatStartsWithinThePeriodGovernsIt() {
        List<SpecificationVersion> versions = List.of(version(1, "2027-01-01"), version(2, "2027-03-15"));

        assertThat(SpecificationVersion.inForce(versions, ReportingPeriod.parse("2027-03").orElseThrow()))
                .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(2));
        assertThat(SpecificationVersion.inForce(versions, ReportingPeriod.parse("2027-02").orElseThrow()))
                .hasValueSatisfying(found -> assertThat(found.version()).isEqualTo(1));
    }
}
