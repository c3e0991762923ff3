package se.samverkan.apphost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.logging.EventLogger;
import org.apache.qpid.server.logging.LogMessage;
import org.apache.qpid.server.logging.LogSubject;
import org.apache.qpid.server.logging.MessageLogger;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.BrokerModel;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process Apache Qpid Broker-J speaking AMQP 0-9-1, for use by the RabbitMQ Java client / Spring AMQP.
 * <ul>
 *   <li>Configuration and messages are held in memory only ("Memory" system config, virtual host node and
 *       virtual host); the initial configuration is re-applied on every start.</li>
 *   <li>Listens on 127.0.0.1 only, on the given port (0 = pick a free port, see {@link #port()}).</li>
 *   <li>User {@code guest}/{@code guest}, SASL PLAIN allowed on the plain-text port.</li>
 *   <li>One virtual host {@value #VIRTUAL_HOST}, which is also the default: clients asking for vhost {@code "/"}
 *       (the RabbitMQ client default), {@code ""} or {@code "default"} all end up there.</li>
 *   <li>No broker file loggers and no HTTP management; Qpid logs through slf4j only.</li>
 * </ul>
 * Note: Qpid rejects RabbitMQ-only queue arguments such as {@code x-dead-letter-exchange} or {@code x-queue-type}.
 */
public final class EmbeddedAmqpBroker implements AutoCloseable {
    public static final String VIRTUAL_HOST = "default";
    public static final String USERNAME = "guest";
    public static final String PASSWORD = "guest";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAmqpBroker.class);
    private static final String BIND_ADDRESS = "127.0.0.1";
    private static final String AMQP_PORT_NAME = "AMQP";
    private static final Duration VIRTUAL_HOST_ACTIVATION_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Qpid initial configuration, written to the work dir on every start. "${qpid.amqp_port}" is a Qpid context
     * variable (set in {@link #start(int, Path)}); the "@...@" tokens are replaced before the file is written.
     */
    private static final String INITIAL_CONFIG = """
            {
              "name": "embedded-amqp-broker",
              "modelVersion": "@MODEL_VERSION@",
              "authenticationproviders": [ {
                "name": "plain",
                "type": "Plain",
                "secureOnlyMechanisms": [],
                "users": [ { "name": "guest", "type": "managed", "password": "guest" } ]
              } ],
              "brokerloggers": [],
              "ports": [ {
                "name": "AMQP",
                "type": "AMQP",
                "port": "${qpid.amqp_port}",
                "bindingAddress": "@BIND_ADDRESS@",
                "protocols": [ "AMQP_0_9_1" ],
                "authenticationProvider": "plain",
                "virtualhostaliases": [
                  { "name": "nameAlias", "type": "nameAlias" },
                  { "name": "defaultAlias", "type": "defaultAlias" }
                ]
              } ],
              "virtualhostnodes": [ {
                "name": "default",
                "type": "Memory",
                "defaultVirtualHostNode": "true",
                "virtualHostInitialConfiguration": "{ \\"type\\": \\"Memory\\" }"
              } ]
            }
            """;

    private final SystemLauncher launcher;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedAmqpBroker(SystemLauncher launcher, int port) {
        this.launcher = launcher;
        this.port = port;
    }

    /**
     * Starts the broker and returns once it accepts AMQP connections on the default virtual host.
     *
     * @param port    TCP port on 127.0.0.1, or 0 for an ephemeral port
     * @param workDir Qpid work directory (created if missing); only small config files are written there
     * @throws IllegalStateException if the broker fails to start (e.g. port in use)
     */
    public static EmbeddedAmqpBroker start(int port, Path workDir) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid port: " + port);
        }
        Objects.requireNonNull(workDir, "workDir");
        long startNanos = System.nanoTime();

        Path dir = workDir.toAbsolutePath().normalize();
        Path initialConfig = dir.resolve("initial-config.json");
        Path systemProperties = dir.resolve("system.properties");
        try {
            Files.createDirectories(dir);
            Files.writeString(initialConfig, INITIAL_CONFIG.replace("@MODEL_VERSION@", BrokerModel.MODEL_VERSION)
                                                          .replace("@BIND_ADDRESS@", BIND_ADDRESS),
                              StandardCharsets.US_ASCII);
            // An explicit (empty) file stops Qpid from loading any "classpath:system.properties" of the host
            // application into the JVM's system properties.
            Files.writeString(systemProperties, "# intentionally empty\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Qpid work directory " + dir, e);
        }

        Map<String, String> context = new HashMap<>();
        context.put(SystemConfig.QPID_WORK_DIR, dir.toString());
        context.put(SystemConfig.PROPERTY_QPID_WORK, dir.toString());
        context.put(Broker.QPID_AMQP_PORT, Integer.toString(port));
        // Nothing to keep between runs: no preferences.json in the work dir.
        context.put("qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}");
        // Broker close waits for the pending direct-memory check; the default 1 s interval makes close() take ~1 s.
        context.put(Broker.COMPACT_MEMORY_INTERVAL, "200");

        Map<String, Object> attributes = new HashMap<>();
        attributes.put(ConfiguredObject.TYPE, "Memory");
        attributes.put(ConfiguredObject.CONTEXT, context);
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, initialConfig.toUri().toString());
        attributes.put(SystemConfig.INITIAL_SYSTEM_PROPERTIES_LOCATION, systemProperties.toUri().toString());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, Boolean.FALSE);

        StartupListener listener = new StartupListener();
        SystemLauncher launcher = new SystemLauncher(listener);
        boolean started = false;
        try {
            launcher.startup(attributes);
            if (listener.startupError != null) {
                // SystemLauncher only reports (does not throw) startup failures.
                throw new IllegalStateException("Qpid broker failed to start", listener.startupError);
            }
            int boundPort = awaitReady(listener.systemConfig, port);
            started = true;
            LOG.info("Embedded AMQP 0-9-1 broker (Qpid Broker-J) listening on {}:{} in {} ms, work dir {}",
                     BIND_ADDRESS, boundPort, Duration.ofNanos(System.nanoTime() - startNanos).toMillis(), dir);
            return new EmbeddedAmqpBroker(launcher, boundPort);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Qpid broker", e);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Qpid broker failed to start", e);
        } finally {
            if (!started) {
                shutdownQuietly(launcher);
            }
        }
    }

    private static int awaitReady(SystemConfig<?> systemConfig, int requestedPort) throws InterruptedException {
        if (systemConfig == null || !(systemConfig.getContainer() instanceof Broker<?> broker)) {
            throw new IllegalStateException("Qpid broker container was not created");
        }
        if (broker.getState() != State.ACTIVE) {
            throw new IllegalStateException("Qpid broker is " + broker.getState() + ", expected ACTIVE");
        }

        Port<?> amqpPort = broker.getChildByName(Port.class, AMQP_PORT_NAME);
        if (amqpPort == null || amqpPort.getState() != State.ACTIVE) {
            throw new IllegalStateException("AMQP port " + requestedPort + " is not active ("
                                            + (amqpPort == null ? "missing" : amqpPort.getState())
                                            + "); is the port already in use?");
        }

        // Virtual host activation may complete asynchronously; wait so that the first client connect succeeds.
        long deadline = System.nanoTime() + VIRTUAL_HOST_ACTIVATION_TIMEOUT.toNanos();
        while (true) {
            VirtualHostNode<?> node = broker.getChildByName(VirtualHostNode.class, VIRTUAL_HOST);
            VirtualHost<?> host = node == null ? null : node.getVirtualHost();
            if (host != null && host.getState() == State.ACTIVE) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Virtual host '" + VIRTUAL_HOST + "' did not become active: node="
                                                + (node == null ? "missing" : node.getState()) + ", host="
                                                + (host == null ? "missing" : host.getState()));
            }
            Thread.sleep(10);
        }
        return amqpPort.getBoundPort();
    }

    /** The TCP port the broker listens on (the actual one when started with port 0). */
    public int port() {
        return port;
    }

    /** Stops the broker and releases its port. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                launcher.shutdown();
            } catch (IllegalStateException alreadyStoppedByQpidsShutdownHook) {
                // On Ctrl-C, Qpid's own JVM shutdown hook may have stopped the broker first.
                LOG.debug("Broker was already stopping", alreadyStoppedByQpidsShutdownHook);
            }
            LOG.info("Embedded AMQP broker on port {} stopped", port);
        }
    }

    private static void shutdownQuietly(SystemLauncher launcher) {
        try {
            launcher.shutdown();
        } catch (RuntimeException e) {
            LOG.debug("Ignoring error while shutting down a broker that failed to start", e);
        }
    }

    /**
     * Qpid writes its operational log ("qpid.message.*": BRK-/VHT-/CON-/CHN-... lines, about 30 per start plus
     * several per connection and channel) at INFO. For an embedded broker that is noise, so they are only emitted
     * when the respective logger is enabled for DEBUG, e.g. {@code logging.level.qpid.message=DEBUG}.
     * Real problems are still logged by Qpid's ordinary WARN/ERROR loggers under {@code org.apache.qpid}.
     */
    private record DebugGatedMessageLogger(MessageLogger delegate) implements MessageLogger {
        @Override
        public boolean isEnabled() {
            return delegate.isEnabled();
        }

        @Override
        public boolean isMessageEnabled(String logHierarchy) {
            return LoggerFactory.getLogger(logHierarchy).isDebugEnabled() && delegate.isMessageEnabled(logHierarchy);
        }

        @Override
        public void message(LogMessage message) {
            if (isMessageEnabled(message.getLogHierarchy())) {
                delegate.message(message);
            }
        }

        @Override
        public void message(LogSubject subject, LogMessage message) {
            if (isMessageEnabled(message.getLogHierarchy())) {
                delegate.message(subject, message);
            }
        }
    }

    private static final class StartupListener extends SystemLauncherListener.DefaultSystemLauncherListener {
        private volatile SystemConfig<?> systemConfig;
        private volatile RuntimeException startupError;

        @Override
        public void onContainerResolve(SystemConfig<?> systemConfig) {
            this.systemConfig = systemConfig;
            EventLogger eventLogger = systemConfig.getEventLogger();
            eventLogger.setMessageLogger(new DebugGatedMessageLogger(eventLogger.getMessageLogger()));
        }

        @Override
        public void errorOnStartup(RuntimeException e) {
            this.startupError = e;
        }

        @Override
        public void exceptionOnShutdown(Exception e) {
            LOG.warn("Qpid broker did not shut down cleanly", e);
        }
    }
}
