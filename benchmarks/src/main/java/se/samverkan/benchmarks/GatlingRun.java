package se.samverkan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link PublicReadsSimulation} in a JVM of its own (so its work does not share the heap
 * and threads of the process hosting the platform) and reads its figures from the report.
 */
final class GatlingRun {

    record Result(long ok, long failed, double meanPerSecond, long p50Millis, long p99Millis, Path report) {
    }

    static Result publicReads(String url, int rate, int seconds, Path resultsFolder) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseParallelGC",
                // what Gatling's own launcher passes: it reads JDK internals
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "-Dbench.url=" + url, "-Dbench.rate=" + rate, "-Dbench.seconds=" + seconds,
                "-cp", System.getProperty("java.class.path"),
                "io.gatling.app.Gatling",
                "--simulation", PublicReadsSimulation.class.getName(),
                "--results-folder", resultsFolder.toAbsolutePath().toString()));
        try {
            Files.createDirectories(resultsFolder);
            Path out = resultsFolder.resolve("gatling-" + rate + ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int exit = process.waitFor();
            Path stats = newestStats(resultsFolder);
            if (stats == null) {
                throw new IllegalStateException("Gatling ended with " + exit + " and no report: "
                        + Files.readString(out));
            }
            return parse(Files.readString(stats, StandardCharsets.UTF_8), stats.getParent().getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Gatling could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The whole run's figures in a report's js/stats.js (percentiles1 is the 50th, percentiles4 the 99th). */
    static Result parse(String js, Path report) {
        int globalEnd = js.indexOf("contents:");
        String global = globalEnd > 0 ? js.substring(0, globalEnd) : js;
        return new Result(figure(global, "numberOfRequests", "ok"), figure(global, "numberOfRequests", "ko"),
                Double.parseDouble(text(global, "meanNumberOfRequestsPerSecond", "total")),
                figure(global, "percentiles1", "ok"), figure(global, "percentiles4", "ok"), report);
    }

    private static Path newestStats(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(path -> path.getFileName().toString().equals("stats.js"))
                    .filter(path -> path.getParent().getFileName().toString().equals("js"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElse(null);
        }
    }

    private static long figure(String js, String name, String column) {
        String value = text(js, name, column);
        return value.equals("-") ? -1 : Math.round(Double.parseDouble(value));
    }

    private static String text(String js, String name, String column) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\\s*\\{[^}]*\"" + column + "\":\\s*\"([^\"]*)\"",
                Pattern.DOTALL).matcher(js);
        if (!matcher.find()) {
            throw new IllegalStateException("Gatling's report lacks " + name + "." + column);
        }
        return matcher.group(1);
    }
}
