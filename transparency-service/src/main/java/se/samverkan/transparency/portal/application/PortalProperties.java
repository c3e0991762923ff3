package se.samverkan.transparency.portal.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * The portal's settings.
 *
 * @param minRespondents the fewest people a published figure may rest on (röjandekontroll); 5 unless configured
 */
@Validated
@ConfigurationProperties("samverkan.portal")
public record PortalProperties(@Min(1) Integer minRespondents) {

    public PortalProperties {
        minRespondents = minRespondents == null ? 5 : minRespondents;
    }
}
