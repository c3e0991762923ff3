package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saturation throughput of one URL with wrk (Debian's package): a closed model, right for "how many
 * per second at most", wrong for latency, which the open-model Gatling run measures instead.
 */
final class Wrk {

    record Result(String url, double requestsPerSecond, long non2xx, String raw) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result run(String url, int connections, int seconds) {
        try {
            Process process = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", url))
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher rate = RATE.matcher(out);
            if (!rate.find()) {
                throw new IllegalStateException("wrk printed no rate for " + url + ":\n" + out);
            }
            Matcher non2xx = NON_2XX.matcher(out);
            return new Result(url, Double.parseDouble(rate.group(1)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0,
                    out);
        } catch (IOException e) {
            throw new IllegalStateException("wrk could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
