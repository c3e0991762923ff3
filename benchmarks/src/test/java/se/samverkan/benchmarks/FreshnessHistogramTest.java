package se.samverkan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreshnessHistogramTest {

    private static String scrape(long le10ms, long le100ms, long le1s, long inf) {
        return """
                # HELP samverkan_events_freshness_seconds From an event's occurredAt at its producer to its reader having applied it
                # TYPE samverkan_events_freshness_seconds histogram
                samverkan_events_freshness_seconds_bucket{reader="public-statistics",type="statistics.submitted.v1",le="0.01"} %d
                samverkan_events_freshness_seconds_bucket{reader="public-statistics",type="statistics.submitted.v1",le="0.1"} %d
                samverkan_events_freshness_seconds_bucket{reader="public-statistics",type="statistics.submitted.v1",le="1.0"} %d
                samverkan_events_freshness_seconds_bucket{reader="public-statistics",type="statistics.submitted.v1",le="+Inf"} %d
                samverkan_events_freshness_seconds_bucket{reader="unit-statistics",type="statistics.submitted.v1",le="+Inf"} 999
                samverkan_events_freshness_seconds_count{reader="public-statistics",type="statistics.submitted.v1"} %d
                """.formatted(le10ms, le100ms, le1s, inf, inf);
    }

    @Test
    void readsOnlyTheNamedReadersBuckets() {
        FreshnessHistogram histogram = FreshnessHistogram.parse(scrape(5, 8, 9, 10), "public-statistics");

        assertThat(histogram.count()).isEqualTo(10);
        assertThat(histogram.buckets()).containsEntry(0.1, 8L).containsEntry(Double.POSITIVE_INFINITY, 10L);
    }

    @Test
    void theDistributionBetweenTwoScrapesIsTheirDifference() {
        FreshnessHistogram before = FreshnessHistogram.parse(scrape(100, 100, 100, 100), "public-statistics");
        FreshnessHistogram after = FreshnessHistogram.parse(scrape(150, 197, 199, 200), "public-statistics");

        FreshnessHistogram run = after.since(before);

        assertThat(run.count()).isEqualTo(100);
        // 50 of the run's 100 within 10 ms, 97 within 100 ms, 99 within a second, one slower
        assertThat(run.quantileMillis(0.5)).isEqualTo(10.0);
        assertThat(run.quantileMillis(0.97)).isEqualTo(100.0);
        assertThat(run.quantileMillis(0.99)).isEqualTo(1000.0);
        assertThat(run.quantileMillis(1.0)).isInfinite();
        assertThat(run.shareWithin(1.0)).isEqualTo(0.99);
    }
}
