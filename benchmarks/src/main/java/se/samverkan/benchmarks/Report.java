package se.samverkan.benchmarks;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** docs/benchmarks.md from one run: the machine, the command, every figure with its target, and the ratios. */
final class Report {

    record Figures(Scale scale, String arguments, List<String> javaOptions, List<String> gatewayJavaOptions,
                   Duration platformStart, Map<String, Long> readyMillis,
                   MunicipalityGenerator.Municipality municipality, String readPath, Wrk.Result viaGateway,
                   Wrk.Result direct, Wrk.Result staticCopy, int readRate, int readSeconds,
                   GatlingRun.Result latencyGateway, GatlingRun.Result latencyDirect,
                   List<BenchmarkSuite.Freshness> freshness, int freshnessSeconds, int compileYear, int compileBytes,
                   List<Long> compileMillis, String compileFailure, Map<String, Long> residentMegabytes,
                   long hostMegabytes, Map<String, Long> aloneReadyMillis) {
    }

    private Report() {
    }

    static String write(Figures f) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by the benchmark suite; do not edit by hand. Rerun it with\n\n```\nbenchmarks/run")
                .append(f.arguments().isBlank() ? "" : " " + f.arguments()).append("\n```\n\n");
        md.append("(see [operations](operations.md#benchmarks) for what it does and how to read it).\n\n");
        md.append("- **When:** ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append("\n");
        md.append("- **Machine:** ").append(BenchmarkSuite.machine()).append(". The platform, the load generators, wrk ")
                .append("and nginx all share it; only same-run ratios compare cleanly.\n");
        md.append("- **Platform:** the embedded run (`./run.sh`'s app host): embedded MongoDB server, RabbitMQ on ")
                .append("127.0.0.1, the four services, the web client and the gateway as JVMs with `")
                .append(String.join(" ", f.javaOptions())).append("`")
                .append(f.gatewayJavaOptions().equals(f.javaOptions()) ? ""
                        : " (the gateway with `" + String.join(" ", f.gatewayJavaOptions()) + "`)")
                .append(" and `MALLOC_ARENA_MAX=").append(System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"))
                .append("`; the gateway's rate limit raised for the run (`SAMVERKAN_GATEWAY_")
                .append("RATELIMIT_REPLENISHRATE`), everything else as shipped.\n");
        MunicipalityGenerator.Municipality m = f.municipality();
        md.append("- **Data (scale `").append(f.scale().name()).append("`):** ").append(m.boards().size())
                .append(" boards, ").append(m.providers().size()).append(" providers, ").append(f.scale().units())
                .append(" units, ").append(f.scale().indicators()).append(" indicators, ").append(f.scale().areas())
                .append(" areas, ").append(f.scale().months()).append(" months (").append(f.scale().firstMonth())
                .append("–").append(f.scale().lastMonth()).append(") with kvinnor/män/totalt, age bands and area: ")
                .append(m.submissions()).append(" submissions loaded through the APIs in ")
                .append(m.took().toSeconds()).append(" s (")
                .append(m.submissions() / Math.max(1, m.took().toSeconds())).append(" per second).\n\n");

        if (f.scale() != Scale.STOCKHOLM) {
            md.append("**A try at scale `").append(f.scale().name()).append("`, not the Stockholm-size figures the ")
                    .append("targets are set for.**\n\n");
        }
        md.append("| # | What | Figure | Target | Met |\n|---|---|---|---|---|\n");
        double ratio = f.viaGateway().requestsPerSecond() / f.direct().requestsPerSecond();
        row(md, "1", "Public read throughput, gateway ÷ service (wrk, 32 connections, " + f.readSeconds()
                + " s each, after 15 s of unrecorded warm-up on each)",
                fmt(f.viaGateway().requestsPerSecond()) + " ÷ " + fmt(f.direct().requestsPerSecond()) + " = **"
                        + fmt2(ratio) + "**", "≥ 0.5", ratio >= 0.5);
        if (f.staticCopy() != null) {
            double nginx = f.viaGateway().requestsPerSecond() / f.staticCopy().requestsPerSecond();
            row(md, "1", "… gateway ÷ nginx serving a static copy", fmt(f.viaGateway().requestsPerSecond()) + " ÷ "
                    + fmt(f.staticCopy().requestsPerSecond()) + " = **" + fmt2(nginx) + "**", "(reported)", null);
            row(md, "1", "… service ÷ nginx", fmt2(f.direct().requestsPerSecond() / f.staticCopy().requestsPerSecond()),
                    "(reported)", null);
        }
        GatlingRun.Result g = f.latencyGateway();
        row(md, "2", "Public read latency at a constant " + f.readRate() + "/s through the gateway (Gatling, open model, "
                        + f.readSeconds() + " s after 15 s unrecorded at the same rate; " + g.ok() + " ok, "
                        + g.failed() + " failed)",
                "p50 " + g.p50Millis() + " ms, p99 **" + g.p99Millis() + " ms**", "p99 ≤ 50 ms",
                g.failed() == 0 && g.p99Millis() <= 50);
        GatlingRun.Result d = f.latencyDirect();
        row(md, "2", "… the same straight at transparency-service (" + d.ok() + " ok, " + d.failed() + " failed)",
                "p50 " + d.p50Millis() + " ms, p99 " + d.p99Millis() + " ms", "(reported)", null);
        for (BenchmarkSuite.Freshness fresh : f.freshness()) {
            FreshnessLoad.Result load = fresh.load();
            FreshnessHistogram applied = fresh.applied();
            long lost = Math.max(0, load.accepted() - applied.count());
            boolean met = load.acceptedPerSecond() >= load.targetPerSecond() * 0.95 && lost == 0
                    && applied.quantileMillis(0.99) <= 1000;
            row(md, "3", "Freshness, statistics submitted at producer-service → applied by the portal, offered at "
                            + load.targetPerSecond() + "/s for " + load.seconds() + " s: accepted "
                            + load.accepted() + " (" + fmt(load.acceptedPerSecond()) + "/s), refused " + load.refused()
                            + ", failed/timed out " + load.failed() + ", applied " + applied.count() + ", lost " + lost,
                    "p50 ≤ " + fmt(applied.quantileMillis(0.5)) + " ms, p99 ≤ **" + fmt(applied.quantileMillis(0.99))
                            + " ms**; " + pct(applied.shareWithin(1.0)) + " within 1 s",
                    load.targetPerSecond() == 1000 ? "p99 ≤ 1 s at 1,000/s, 0 lost" : "(reported)",
                    load.targetPerSecond() == 1000 ? met : null);
        }
        if (f.compileFailure() != null) {
            row(md, "4", "Annual compile: goal attainment " + MunicipalityGenerator.MANDATE_PERIOD + "/" + f.compileYear()
                    + " in reporting-service", "**no answer**: " + f.compileFailure(), "≤ 2 s", false);
        } else {
            long median = f.compileMillis().get(f.compileMillis().size() / 2);
            row(md, "4", "Annual compile: goal attainment " + MunicipalityGenerator.MANDATE_PERIOD + "/" + f.compileYear()
                            + " in reporting-service (" + f.compileBytes() + " characters; 5 warm runs)",
                    "median **" + median + " ms**, max " + f.compileMillis().get(f.compileMillis().size() - 1) + " ms",
                    "≤ 2 s", median <= 2000);
        }
        long total = f.hostMegabytes();
        for (Map.Entry<String, Long> service : f.residentMegabytes().entrySet()) {
            Long together = f.readyMillis().get(service.getKey());
            Long alone = f.aloneReadyMillis().get(service.getKey());
            row(md, "5", service.getKey() + ": start to ready alone (restarted after the load while the others ran) "
                            + "/ with all six started together / resident memory after the load",
                    seconds(alone) + " / " + seconds(together) + " / " + service.getValue() + " MB",
                    "≤ 5 s / ≤ 300 MB", alone != null && alone <= 5000 && service.getValue() <= 300);
            total += Math.max(0, service.getValue());
        }
        row(md, "5", "Whole embedded platform: the six JVMs + the host process (embedded MongoDB, token issuer "
                + "and this suite's own driver)", total + " MB (host " + f.hostMegabytes() + " MB); ready in "
                + f.platformStart().toSeconds() + " s", "(reported)", null);
        md.append("\nFigures are from one run; p-values of the Gatling runs are whole milliseconds. The freshness ")
                .append("percentiles are upper bounds read from the `samverkan.events.freshness` histogram buckets ")
                .append("of transparency-service (occurredAt at the producer → the portal's read model updated); ")
                .append("beyond the last bucket (60 s) they show as \"> 60 s\". A submission the load generator gave ")
                .append("up on (timed out) may still be stored and applied afterwards, so \"applied\" can exceed ")
                .append("\"accepted\"; \"lost\" counts accepted submissions never applied.\n");
        return md.toString();
    }

    private static String seconds(Long millis) {
        return millis == null ? "?" : fmt2(millis / 1000.0) + " s";
    }

    private static void row(StringBuilder md, String n, String what, String figure, String target, Boolean met) {
        md.append("| ").append(n).append(" | ").append(what).append(" | ").append(figure).append(" | ").append(target)
                .append(" | ").append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    private static String fmt(double value) {
        if (Double.isInfinite(value)) {
            return "> 60,000";
        }
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
