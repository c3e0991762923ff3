package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The JVM options each process of the embedded platform is started with. */
class PlatformConfigTest {

    private final PlatformConfig defaults = PlatformConfig.defaults(Path.of("."));

    @Test
    void theServicesGetTheQuickStartingCompilerAndTheGatewayTheOptimisingOneWithALargerYoungGeneration() {
        assertThat(defaults.javaOptionsOf("producer-service")).isEqualTo(PlatformConfig.DEFAULT_JAVA_OPTIONS)
                .contains("-XX:TieredStopAtLevel=1").noneMatch(option -> option.startsWith("-Xmn"));
        assertThat(defaults.javaOptionsOf("gateway")).contains("-Xmx192m", "-XX:+UseSerialGC", "-Xmn48m")
                .noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
                .endsWith("-Xms80m");
        assertThat(defaults.withJavaOptions(List.of("-Xms1g", "-Xmx2g")).javaOptionsOf("gateway"))
                .containsExactly("-Xms1g", "-Xmx2g", "-Xmn48m");
    }

    @Test
    void aYoungGenerationSizedInTheGivenOptionsIsLeftAsGiven() {
        PlatformConfig sized = defaults.withJavaOptions(List.of("-Xmx512m", "-XX:NewRatio=1"));

        assertThat(sized.javaOptionsOf("gateway")).isEqualTo(List.of("-Xmx512m", "-XX:NewRatio=1"));
    }
}
