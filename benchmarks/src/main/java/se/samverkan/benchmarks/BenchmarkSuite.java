package se.samverkan.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverkan.apphost.Platform;
import se.samverkan.apphost.PlatformConfig;

/**
 * The benchmark suite: starts the embedded platform on ports of its own, loads the generated
 * municipality through the APIs, measures everything the performance issue asks for in one run on
 * this machine, and writes docs/benchmarks.md. Options: {@code --scale=stockholm|small},
 * {@code --out=FILE}, {@code --read-seconds=N}, {@code --read-rate=N}, {@code --freshness-rates=N,N},
 * {@code --freshness-seconds=N}.
 */
public final class BenchmarkSuite {

    private static final Pattern READY = Pattern.compile("^\\s+(\\S+) redo på port \\d+ efter (\\d+) ms");
    private static final int GATEWAY_PORT = 18180;
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>(Map.of(
            "orderer-service", 18181, "producer-service", 18182, "transparency-service", 18183,
            "reporting-service", 18184, "web-client", 18185));
    private static final String FRESHNESS_READER = "public-statistics";
    /** Seconds of unrecorded load on each read path before each read measurement (wrk's and Gatling's). */
    private static final int WARM_UP_SECONDS = 15;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        Scale scale = Scale.named(options.getOrDefault("scale", "stockholm"));
        Path out = Path.of(options.getOrDefault("out", "docs/benchmarks.md")).toAbsolutePath();
        int readSeconds = Integer.parseInt(options.getOrDefault("read-seconds", "30"));
        int readRate = Integer.parseInt(options.getOrDefault("read-rate", "500"));
        int freshnessSeconds = Integer.parseInt(options.getOrDefault("freshness-seconds", "20"));
        List<Integer> freshnessRates = Arrays.stream(options.getOrDefault("freshness-rates", "1000,200").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        // the services' JVM options: ./run.sh's by default, or e.g. without -XX:TieredStopAtLevel=1 as the images run
        List<String> javaOptions = options.containsKey("java-options")
                ? Arrays.stream(options.get("java-options").strip().split("\\s+")).toList()
                : PlatformConfig.DEFAULT_JAVA_OPTIONS;
        // the command as the report shows it: where the report was written is nobody else's business
        String shown = String.join(" ", java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--out="))
                .map(arg -> arg.contains(" ") ? arg.replaceFirst("=", "=\"") + "\"" : arg).toList());
        new BenchmarkSuite().run(scale, out, readSeconds, readRate, freshnessRates, freshnessSeconds, javaOptions,
                shown);
    }

    private final Http http = new Http();
    private final Map<String, Long> readyMillis = new LinkedHashMap<>();

    private void run(Scale scale, Path out, int readSeconds, int readRate, List<Integer> freshnessRates,
                     int freshnessSeconds, List<String> javaOptions, String arguments) throws Exception {
        Path work = Files.createTempDirectory("samverkan-bench",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        PlatformConfig config = PlatformConfig.defaults(Path.of("").toAbsolutePath())
                .withDataDir(work.resolve("data"))
                .withGatewayPort(GATEWAY_PORT)
                .withServicePorts(PORTS)
                .withMongoPort(27218)
                .withIssuerPort(18190)
                .withNamespace("bench-" + UUID.randomUUID().toString().substring(0, 8))
                .withDemoData(false)
                .withJavaOptions(javaOptions)
                // the run's own namespace leaves no queues behind on the shared broker
                .withExtraServiceArgs(List.of("--samverkan.messaging.delete-topology-on-shutdown=true"));
        Instant begin = Instant.now();
        try (Platform platform = Platform.start(config, this::log)) {
            // an interrupted run (Ctrl-C, kill) stops the services too, so none is left holding the ports
            Thread stopOnInterrupt = new Thread(platform::close, "benchmark-shutdown");
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
            Duration platformStart = Duration.between(begin, Instant.now());
            URI gateway = URI.create("http://127.0.0.1:" + GATEWAY_PORT + "/");
            URI orderer = service("orderer-service");
            URI producer = service("producer-service");
            URI transparency = service("transparency-service");
            URI reporting = service("reporting-service");
            MunicipalityGenerator.Tokens tokens = new MunicipalityGenerator.Tokens() {
                @Override
                public String admin() {
                    return platform.tokenFor("bench.admin", "ks-klk", "administrator");
                }

                @Override
                public String providerUser(String organisationId) {
                    return platform.tokenFor("bench." + organisationId, organisationId, "provider-user");
                }
            };

            FreshnessHistogram transparencyBefore = FreshnessHistogram.scrape(http, transparency, FRESHNESS_READER);
            MunicipalityGenerator.Municipality municipality = new MunicipalityGenerator(scale, orderer, producer,
                    tokens, this::log).load(8);
            Duration settled = awaitApplied(transparency, FRESHNESS_READER, transparencyBefore.count()
                    + municipality.submissions(), Duration.ofMinutes(10));
            awaitApplied(reporting, "unit-statistics", municipality.submissions(), Duration.ofMinutes(10));
            log("Läsmodellerna har tagit emot alla " + municipality.submissions() + " inlämningar ("
                    + settled.toSeconds() + " s efter generatorn).");

            // 1. throughput of a public read: gateway, service, static copy in nginx
            String path = "/api/v1/public/open-data/values?kpi=GEN_M01&period=" + scale.lastMonth();
            HttpResponse<String> sample = http.send("GET", gateway.resolve(path), null, null);
            http.expect(200, sample);
            if (!sample.body().contains("GEN_M01")) {
                throw new IllegalStateException("The public read has no generated figures: " + sample.body());
            }
            // warm-up, not recorded: both paths run compiled code (and fill the cache) before either is measured,
            // so neither pays the JIT's first seconds; the gateway had never routed this path before
            log("Uppvärmning av läsningen (" + WARM_UP_SECONDS + " s per väg, räknas inte) …");
            Wrk.run(gateway.resolve(path).toString(), 32, WARM_UP_SECONDS);
            Wrk.run(transparency.resolve(path).toString(), 32, WARM_UP_SECONDS);
            Wrk.Result viaGateway = Wrk.run(gateway.resolve(path).toString(), 32, readSeconds);
            Wrk.Result direct = Wrk.run(transparency.resolve(path).toString(), 32, readSeconds);
            Wrk.Result staticCopy = null;
            if (Nginx.available()) {
                try (Nginx nginx = Nginx.serve(work.resolve("nginx"), 18188, "values.json",
                        sample.body().getBytes(StandardCharsets.UTF_8), "application/json")) {
                    staticCopy = Wrk.run("http://127.0.0.1:18188/values.json", 32, readSeconds);
                }
            }

            // 2. latency at a constant arrival rate, through the gateway and, for comparison, straight at the service
            // each latency run after an unrecorded one at the same rate: in the first seconds of a run through the
            // gateway p99 was seconds (Gatling's new connections and request shape after wrk's), steady after that
            GatlingRun.publicReads(gateway.resolve(path).toString(), readRate, WARM_UP_SECONDS,
                    work.resolve("gatling-gateway-warm-up"));
            GatlingRun.Result latencyGateway = GatlingRun.publicReads(gateway.resolve(path).toString(), readRate,
                    readSeconds, work.resolve("gatling-gateway"));
            GatlingRun.publicReads(transparency.resolve(path).toString(), readRate, WARM_UP_SECONDS,
                    work.resolve("gatling-direct-warm-up"));
            GatlingRun.Result latencyDirect = GatlingRun.publicReads(transparency.resolve(path).toString(), readRate,
                    readSeconds, work.resolve("gatling-direct"));

            // 3. freshness: submitted at producer-service → applied by the portal's read model
            FreshnessLoad load = new FreshnessLoad(producer, municipality, tokens, scale.firstMonth(), scale.months());
            List<Freshness> freshness = new ArrayList<>();
            for (int rate : freshnessRates) {
                FreshnessHistogram before = FreshnessHistogram.scrape(http, transparency, FRESHNESS_READER);
                FreshnessLoad.Result result = load.run(rate, freshnessSeconds);
                awaitApplied(transparency, FRESHNESS_READER, before.count() + result.accepted(), Duration.ofMinutes(5));
                Http.sleep(2_000);
                FreshnessHistogram delta = FreshnessHistogram.scrape(http, transparency, FRESHNESS_READER).since(before);
                freshness.add(new Freshness(result, delta));
                log("Aktualitet vid " + rate + "/s: " + result + ", tillämpade " + delta.count());
            }

            // 4. the annual compile: goal attainment for the last whole year, for the council analysts
            int year = scale.lastMonth().getMonthValue() == 12 ? scale.lastMonth().getYear()
                    : scale.lastMonth().getYear() - 1;
            String analyst = platform.tokenFor("bench.analytiker", "ks-klk", "council-analyst");
            URI compile = reporting.resolve("/api/v1/reports/goal-attainment/" + MunicipalityGenerator.MANDATE_PERIOD
                    + "/" + year);
            String compiled = "";
            List<Long> compileMillis = new ArrayList<>();
            String compileFailure = null;
            try {
                compiled = http.expect(200, http.send("GET", compile, analyst, null)).toString();
                for (int i = 0; i < 5; i++) {
                    long t0 = System.nanoTime();
                    http.expect(200, http.send("GET", compile, analyst, null));
                    compileMillis.add((System.nanoTime() - t0) / 1_000_000);
                }
                compileMillis.sort(Long::compare);
            } catch (RuntimeException failed) {
                // the figures measured so far are kept: the report says the compile did not answer, and why
                compileFailure = String.valueOf(failed.getMessage()).lines().findFirst().orElse("").strip();
                compileFailure = compileFailure.length() > 160 ? compileFailure.substring(0, 160) + " …" : compileFailure;
                log("Årssammanställningen svarade inte: " + compileFailure);
            }

            // 5. memory after the load
            Map<String, Long> resident = new LinkedHashMap<>();
            Map<String, Integer> all = new LinkedHashMap<>(PORTS);
            all.put("gateway", GATEWAY_PORT);
            all.forEach((name, port) -> resident.put(name, ProcessMemory.listeningOn(port)
                    .map(process -> ProcessMemory.residentMegabytes(process.pid())).orElse(-1L)));
            long host = ProcessMemory.residentMegabytes(ProcessHandle.current().pid());

            // 6. start to ready of each process alone, as when one is restarted: one at a time, the others running
            Map<String, Long> aloneReadyMillis = new LinkedHashMap<>();
            for (String name : resident.keySet()) {
                long millis = platform.restart(name).toMillis();
                aloneReadyMillis.put(name, millis);
                log(name + " omstartad ensam: redo efter " + millis + " ms");
            }

            String report = Report.write(new Report.Figures(scale, arguments, javaOptions,
                    config.javaOptionsOf("gateway"), platformStart, readyMillis, municipality,
                    path, viaGateway, direct, staticCopy, readRate, readSeconds, latencyGateway, latencyDirect,
                    freshness, freshnessSeconds, year, compiled.length(), compileMillis, compileFailure, resident, host,
                    aloneReadyMillis));
            Files.writeString(out, report, StandardCharsets.UTF_8);
            log("Skrev " + out);
        }
    }

    record Freshness(FreshnessLoad.Result load, FreshnessHistogram applied) {
    }

    private Duration awaitApplied(URI service, String reader, long expected, Duration timeout) {
        Instant begin = Instant.now();
        Instant giveUp = begin.plus(timeout);
        long seen = -1;
        while (Instant.now().isBefore(giveUp)) {
            seen = FreshnessHistogram.scrape(http, service, reader).count();
            if (seen >= expected) {
                return Duration.between(begin, Instant.now());
            }
            Http.sleep(500);
        }
        log("Varning: " + service + " (" + reader + ") har tillämpat " + seen + " av " + expected + " efter "
                + timeout.toSeconds() + " s.");
        return Duration.between(begin, Instant.now());
    }

    private static URI service(String name) {
        return URI.create("http://127.0.0.1:" + PORTS.get(name) + "/");
    }

    private void log(String line) {
        System.out.println("[bench] " + line);
        Matcher ready = READY.matcher(line);
        if (ready.find()) {
            readyMillis.put(ready.group(1), Long.parseLong(ready.group(2)));
        }
    }

    static String machine() {
        StringBuilder text = new StringBuilder();
        text.append(Runtime.getRuntime().availableProcessors()).append(" cores");
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().ifPresent(line -> text.append(" (").append(line.split(":", 2)[1].strip()).append(')'));
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().ifPresent(line -> text.append(", ")
                            .append(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024).append(" GiB RAM"));
        } catch (IOException e) {
            text.append(", /proc not readable");
        }
        text.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(", Java ").append(System.getProperty("java.version"));
        return text.toString();
    }
}
