package se.samverkan.transparency.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PortalPropertiesTest {

    @Test
    void theDisclosureThresholdIsFiveUnlessConfigured() {
        assertThat(bind(Map.of()).minRespondents()).isEqualTo(5);
        assertThat(bind(Map.of("samverkan.portal.min-respondents", "10")).minRespondents()).isEqualTo(10);
    }

    private static PortalProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("samverkan.portal",
                PortalProperties.class);
    }
}
