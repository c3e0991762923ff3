package se.samverkan.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GatlingRunTest {

    /** The head of a Gatling 3.13 report's js/stats.js: the whole run, then per request under "contents". */
    private static final String STATS = """
            var stats = {
                type: "GROUP",
            name: "All Requests",
            stats: {
                "name": "All Requests",
                "numberOfRequests": {
                    "total": "15000",
                    "ok": "14990",
                    "ko": "10"
                },
                "percentiles1": {
                    "total": "3",
                    "ok": "3",
                    "ko": "1"
                },
                "percentiles4": {
                    "total": "41",
                    "ok": "38",
                    "ko": "60"
                },
                "meanNumberOfRequestsPerSecond": {
                    "total": "500.0",
                    "ok": "499.67",
                    "ko": "0.33"
                }
            },
            contents: {
            "req_read": { stats: { "percentiles4": { "total": "999", "ok": "999", "ko": "-" } } }
            }
            """;

    @Test
    void readsTheWholeRunsFiguresNotARequestsOwn() {
        GatlingRun.Result result = GatlingRun.parse(STATS, Path.of("report"));

        assertThat(result.ok()).isEqualTo(14_990);
        assertThat(result.failed()).isEqualTo(10);
        assertThat(result.p50Millis()).isEqualTo(3);
        assertThat(result.p99Millis()).isEqualTo(38);
        assertThat(result.meanPerSecond()).isEqualTo(500.0);
    }
}
