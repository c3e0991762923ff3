package se.samverkan.defaults.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in identity provider for tests, one per JVM: it signs tokens shaped like Keycloak's
 * (issuer, audience, {@code preferred_username}, {@code org}, {@code roles}) with a key made at
 * start-up, and serves the public key as a JWK set, so the services under test validate tokens
 * exactly as in production.
 */
public final class TestIdentity {

    public static final String AUDIENCE = "samverkan-api";

    private static TestIdentity instance;

    private final RSAKey key;
    private final String issuer;
    private final String jwkSetUri;

    private TestIdentity(RSAKey key, String issuer, String jwkSetUri) {
        this.key = key;
        this.issuer = issuer;
        this.jwkSetUri = jwkSetUri;
    }

    public static synchronized TestIdentity get() {
        if (instance == null) {
            try {
                RSAKey key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/realms/samverkan/protocol/openid-connect/certs", exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/samverkan";
                instance = new TestIdentity(key, base, base + "/protocol/openid-connect/certs");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The settings that make a service trust this identity provider. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer);
        properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri);
        return properties;
    }

    /**
     * A token of a user with one role (its claim value, e.g. {@code provider-user}) acting for
     * the organisation. Plain strings, so the gateway's tests can use it without the services' classes.
     */
    public String token(String role, String organisation) {
        return token(role + "@" + organisation, organisation, List.of(role), issuer, Instant.now().plusSeconds(600));
    }

    public String token(String username, String organisation, List<String> roles, String tokenIssuer,
                        Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer)
                .subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(AUDIENCE)
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .claim("preferred_username", username)
                .claim("org", organisation)
                .claim("roles", roles)
                .claim("azp", "samverkan-web")
                .build();
        return sign(claims, key);
    }

    /** A token signed with another key than the one the services trust. */
    public String forgedToken(String role, String organisation) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(new JWTClaimsSet.Builder().issuer(issuer).subject("forger").audience(AUDIENCE)
                    .expirationTime(Date.from(Instant.now().plusSeconds(600))).claim("preferred_username", "forger")
                    .claim("org", organisation).claim("roles", Arrays.asList(role)).build(), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
