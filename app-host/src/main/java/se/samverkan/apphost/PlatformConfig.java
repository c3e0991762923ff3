package se.samverkan.apphost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the app host needs to know to start the platform on one machine.
 *
 * @param home              the repository root, where each module's {@code target/<module>.jar} is
 * @param dataDir           where the embedded MongoDB file, the broker's work files and the logs go
 * @param gatewayPort       the one port users talk to
 * @param servicePorts      service name → port, each on 127.0.0.1 (the web client's among them)
 * @param mongoPort         port of the embedded MongoDB server
 * @param amqpHost          where RabbitMQ is looked for
 * @param amqpPort          its port; when nothing answers there, the embedded broker takes it
 * @param namespace         prefix of every exchange and queue
 * @param demoData          whether to load the demo municipality (idempotent)
 * @param javaOptions       JVM options of every service process
 * @param extraServiceArgs  more Spring arguments for every service (tests use it)
 * @param readyTimeout      how long to wait for the platform to be ready
 * @param profile           {@code dev} (the default) or another; the development token issuer runs only in dev
 * @param issuerPort        port of the development token issuer on 127.0.0.1
 */
public record PlatformConfig(Path home, Path dataDir, int gatewayPort, Map<String, Integer> servicePorts,
                             int mongoPort, String amqpHost, int amqpPort, String namespace, boolean demoData,
                             List<String> javaOptions, List<String> extraServiceArgs, Duration readyTimeout,
                             String profile, int issuerPort) {

    public static final List<String> SERVICES = List.of("orderer-service", "producer-service",
            "transparency-service", "reporting-service");
    /** The departmental web client: no database, no broker; it calls the APIs through the gateway. */
    public static final String WEB_CLIENT = "web-client";
    public static final List<String> DEFAULT_JAVA_OPTIONS = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k");

    /**
     * The JVM options of one process: {@link #javaOptions()}, except that the gateway, which every
     * outside request passes, keeps the optimising compiler (C2) that {@code -XX:TieredStopAtLevel=1}
     * leaves out to save the other processes' memory and start-up: through a C1-only gateway the
     * public read reached about 960 requests/s, with C2 about 1,250, at some 25 MB more resident memory.
     * It also gets a young generation of {@value #GATEWAY_YOUNG_GENERATION_MB} MB (unless the options
     * size one), in a heap that starts at 80 MB: in a heap that starts at 32 MB its survivor spaces
     * held about 2 MB, too little for the requests in flight, which were promoted and filled the old
     * generation until a full collection stopped every request (about 180 ms in the Stockholm-size
     * run, right as the latency measurement began); with it, 30 s of public reads at saturation
     * promoted a quarter as much.
     */
    public List<String> javaOptionsOf(String module) {
        if (!"gateway".equals(module)) {
            return javaOptions;
        }
        List<String> options = new ArrayList<>(javaOptions.stream()
                .filter(option -> !option.startsWith("-XX:TieredStopAtLevel")).toList());
        if (options.stream().noneMatch(option -> option.startsWith("-Xmn") || option.startsWith("-XX:NewSize")
                || option.startsWith("-XX:MaxNewSize") || option.startsWith("-XX:NewRatio"))) {
            options.add("-Xmn" + GATEWAY_YOUNG_GENERATION_MB + "m");
            // a young generation larger than the initial heap is cut down to it (the JVM warns): the heap
            // starts at least as large as the young generation and 32 MB of old
            long initial = options.stream().filter(option -> option.startsWith("-Xms"))
                    .mapToLong(option -> megabytes(option.substring(4))).reduce((first, last) -> last).orElse(0);
            if (initial < GATEWAY_YOUNG_GENERATION_MB + 32) {
                options.add("-Xms" + (GATEWAY_YOUNG_GENERATION_MB + 32) + "m");
            }
        }
        return List.copyOf(options);
    }

    static final int GATEWAY_YOUNG_GENERATION_MB = 48;

    /** A JVM size ({@code 512k}, {@code 32m}, {@code 1g}, or bytes) in whole megabytes. */
    private static long megabytes(String size) {
        String value = size.toLowerCase(java.util.Locale.ROOT);
        char unit = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
        long number = Character.isDigit(unit) ? Long.parseLong(value) : Long.parseLong(value.substring(0,
                value.length() - 1));
        return switch (unit) {
            case 'k' -> number / 1024;
            case 'm' -> number;
            case 'g' -> number * 1024;
            case 't' -> number * 1024 * 1024;
            default -> number / (1024 * 1024);
        };
    }

    public static PlatformConfig defaults(Path home) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("orderer-service", 8081);
        ports.put("producer-service", 8082);
        ports.put("transparency-service", 8083);
        ports.put("reporting-service", 8084);
        ports.put(WEB_CLIENT, 8085);
        return new PlatformConfig(home, home.resolve("data"), 8080, ports, 27018, "127.0.0.1", 5672, "samverkan",
                true, DEFAULT_JAVA_OPTIONS, List.of(), Duration.ofMinutes(4), "dev", 8090);
    }

    /** Reads {@code --name=value} options over the defaults; answers null after printing help. */
    public static PlatformConfig fromArgs(String[] args, Path home) {
        PlatformConfig config = defaults(home);
        for (String arg : args) {
            String[] parts = arg.split("=", 2);
            String value = parts.length > 1 ? parts[1] : "";
            switch (parts[0]) {
                case "--data-dir" -> config = config.withDataDir(Path.of(value).toAbsolutePath());
                case "--port" -> config = config.withGatewayPort(Integer.parseInt(value));
                case "--mongo-port" -> config = config.withMongoPort(Integer.parseInt(value));
                case "--amqp-port" -> config = config.withAmqpPort(Integer.parseInt(value));
                case "--no-demo-data" -> config = config.withDemoData(false);
                case "--profile" -> config = config.withProfile(value);
                case "--issuer-port" -> config = config.withIssuerPort(Integer.parseInt(value));
                case "--help", "-h" -> {
                    System.out.println(HELP);
                    return null;
                }
                default -> throw new IllegalArgumentException("Okänt argument '" + arg + "'.\n" + HELP);
            }
        }
        return config;
    }

    static final String HELP = """
            Startar hela Samverkan lokalt.
              --data-dir=KATALOG   var data och loggar sparas (standard: ./data)
              --port=PORT          gatewayens port (standard: 8080)
              --mongo-port=PORT    den inbäddade MongoDB-serverns port (standard: 27018)
              --amqp-port=PORT     RabbitMQ:s port på 127.0.0.1; svarar ingen där startas en inbäddad broker (standard: 5672)
              --no-demo-data       läs inte in demodata
              --profile=PROFIL     dev (standard) startar utvecklingsutfärdaren av token med demoanvändarna;
                                   den vägrar starta i andra profiler
              --issuer-port=PORT   utvecklingsutfärdarens port (standard: 8090)""";

    public Path jarOf(String module) {
        return home.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public Path logOf(String module) {
        return dataDir.resolve("logs").resolve(module + ".log");
    }

    List<String> missingJars() {
        List<String> missing = new ArrayList<>();
        for (String module : modules()) {
            if (!Files.isRegularFile(jarOf(module))) {
                missing.add(jarOf(module).toString());
            }
        }
        return missing;
    }

    List<String> modules() {
        List<String> modules = new ArrayList<>(SERVICES);
        modules.add("gateway");
        modules.add(WEB_CLIENT);
        return modules;
    }

    public PlatformConfig withDataDir(Path value) {
        return new PlatformConfig(home, value, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withGatewayPort(int value) {
        return new PlatformConfig(home, dataDir, value, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withServicePorts(Map<String, Integer> value) {
        return new PlatformConfig(home, dataDir, gatewayPort, value, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withMongoPort(int value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, value, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withAmqpPort(int value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, value, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withNamespace(String value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, value,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withDemoData(boolean value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                value, javaOptions, extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withExtraServiceArgs(List<String> value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, value, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withJavaOptions(List<String> value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, List.copyOf(value), extraServiceArgs, readyTimeout, profile, issuerPort);
    }

    public PlatformConfig withProfile(String value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, value, issuerPort);
    }

    public PlatformConfig withIssuerPort(int value) {
        return new PlatformConfig(home, dataDir, gatewayPort, servicePorts, mongoPort, amqpHost, amqpPort, namespace,
                demoData, javaOptions, extraServiceArgs, readyTimeout, profile, value);
    }

    /** The issuer every service and the gateway trust: the development issuer's address. */
    public String issuerUri() {
        return "http://localhost:" + issuerPort + DevTokenIssuer.REALM_PATH;
    }
}
