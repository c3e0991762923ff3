package se.samverkan.benchmarks;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code samverkan.events.freshness} histogram of one reader as its service's Prometheus
 * endpoint shows it: cumulative counts per bucket bound. Two scrapes give the distribution of what
 * happened between them.
 */
record FreshnessHistogram(TreeMap<Double, Long> buckets, long count) {

    private static final Pattern BUCKET = Pattern.compile(
            "^samverkan_events_freshness_seconds_bucket\\{([^}]*)\\}\\s+([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    static FreshnessHistogram scrape(Http http, URI service, String reader) {
        return parse(http.send("GET", service.resolve("/actuator/prometheus"), null, null).body(), reader);
    }

    /** The reader's buckets in a Prometheus text exposition, summed over event types. */
    static FreshnessHistogram parse(String text, String reader) {
        TreeMap<Double, Long> buckets = new TreeMap<>();
        Matcher line = BUCKET.matcher(text);
        while (line.find()) {
            if (!line.group(1).contains("reader=\"" + reader + "\"")) {
                continue;
            }
            Matcher le = LE.matcher(line.group(1));
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.merge(bound, (long) Double.parseDouble(line.group(2)), Long::sum);
            }
        }
        long count = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
        return new FreshnessHistogram(buckets, count);
    }

    /** What was recorded since {@code before}. */
    FreshnessHistogram since(FreshnessHistogram before) {
        TreeMap<Double, Long> delta = new TreeMap<>();
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
            delta.put(bucket.getKey(), bucket.getValue() - before.buckets.getOrDefault(bucket.getKey(), 0L));
        }
        return new FreshnessHistogram(delta, count - before.count);
    }

    /** The upper bound, in milliseconds, of the bucket holding the q-quantile (an upper estimate). */
    double quantileMillis(double q) {
        long rank = (long) Math.ceil(q * count);
        for (Map.Entry<Double, Long> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= rank) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.NaN;
    }

    /** The share recorded within {@code seconds} (a bucket bound). */
    double shareWithin(double seconds) {
        Long within = buckets.get(seconds);
        return within == null || count == 0 ? Double.NaN : (double) within / count;
    }
}
