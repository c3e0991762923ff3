package se.samverkan.apphost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar app-host/target/app-host.jar}: starts the whole platform on this machine with
 * embedded defaults and demo data, and stops it all on Ctrl-C.
 */
public final class AppHost {

    private AppHost() {
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformConfig config;
        try {
            config = PlatformConfig.fromArgs(args, home());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Platform platform;
        try {
            platform = Platform.start(config, AppHost::say);
        } catch (RuntimeException e) {
            System.err.println("[samverkan] Starten misslyckades: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stoppar Samverkan …");
            platform.close();
            say("Stoppad. Datan finns kvar i " + config.dataDir() + ".");
            stopped.countDown();
        }, "samverkan-shutdown"));
        say("");
        say("Samverkan kör: " + platform.gatewayUri());
        say("  Webbklienten (logga in som en demoanvändare): " + platform.webClientUri());
        say("  Utförare (öppen lista):  " + platform.gatewayUri() + "api/v1/public/providers");
        say("  Nämnder:                 " + platform.gatewayUri() + "api/v1/boards");
        say("  Utförare per juridisk form: " + platform.gatewayUri() + "api/v1/reports/providers-by-legal-form");
        say("  Broker: " + platform.broker());
        say("Inloggning (UTVECKLINGSLÄGE, bara demoanvändare; lösenord = användarnamn):");
        say("  curl -s -d grant_type=password -d client_id=samverkan-cli -d username=von.handlaggare \\");
        say("       -d password=von.handlaggare " + platform.tokenEndpoint());
        say("  Skicka access_token som 'Authorization: Bearer <token>'. Demoanvändare: von.handlaggare, von.avtal,");
        say("  norr.utforare, produktion.styrelse, klk.analytiker, ekonomi, admin (se README).");
        say("Stoppa med Ctrl-C.");
        stopped.await();
    }

    /** The repository root: {@code samverkan.home} when set, else the nearest folder upwards with the gateway module. */
    static Path home() {
        String configured = System.getProperty("samverkan.home");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("gateway")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    private static void say(String line) {
        System.out.println("[samverkan] " + line);
    }
}
