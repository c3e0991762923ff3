package se.samverkan.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web client finds the identity provider and the APIs.
 *
 * @param issuerUri         the issuer as the browser reaches it (the login page is there)
 * @param issuerInternalUri the same issuer as this process reaches it (tokens and keys)
 * @param apiUri            the gateway; every API call goes through it with the user's token
 */
@Validated
@ConfigurationProperties("samverkan.web")
record WebProperties(URI issuerUri, URI issuerInternalUri, URI apiUri) {

    WebProperties {
        if (issuerUri == null || apiUri == null) {
            throw new IllegalArgumentException("samverkan.web.issuer-uri och samverkan.web.api-uri måste anges");
        }
        if (issuerInternalUri == null) {
            issuerInternalUri = issuerUri;
        }
    }
}
