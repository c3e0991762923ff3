package se.samverkan.apphost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

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
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DEVELOPMENT ONLY. A tiny OpenID Connect token issuer for the one-command local run, so
 * nobody needs Keycloak to try the platform. It knows exactly the demo users of the Keycloak
 * realm file (deploy/keycloak/samverkan-realm.json, read at start-up), answers on Keycloak's
 * paths ({@code /realms/samverkan/...}: discovery, JWK set, token endpoint with the password
 * grant) and signs tokens shaped like Keycloak's ({@code org}, {@code roles},
 * {@code preferred_username}, audience {@code samverkan-api}) with an RSA key generated at
 * start-up and never written anywhere. It refuses to start in any profile but {@code dev}.
 */
final class DevTokenIssuer implements AutoCloseable {

    static final String REALM_PATH = "/realms/samverkan";
    static final String AUDIENCE = "samverkan-api";
    static final String DEV_PROFILE = "dev";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record DemoUser(String username, String password, String name, String organisation, List<String> roles) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, DemoUser> users;
    private final List<String> clients;
    private final Clock clock;

    private DevTokenIssuer(HttpServer server, RSAKey key, String issuer, Map<String, DemoUser> users,
                           List<String> clients, Clock clock) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
        this.users = users;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Starts the issuer on 127.0.0.1:port with the realm's demo users.
     *
     * @throws IllegalStateException outside the dev profile
     */
    static DevTokenIssuer start(String profile, int port, String issuer, InputStream realm, Clock clock) {
        if (!DEV_PROFILE.equals(profile)) {
            throw new IllegalStateException("Utvecklingsutfärdaren av token får bara köras i profilen '" + DEV_PROFILE
                    + "', inte i '" + profile + "'. Använd en riktig identitetsleverantör (Keycloak, se "
                    + "docs/deployment.md) utanför utvecklingsläget.");
        }
        try {
            JsonNode realmJson = JSON.readTree(realm);
            RSAKey key = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "dev-token-issuer");
                thread.setDaemon(true);
                return thread;
            }));
            DevTokenIssuer issuerServer = new DevTokenIssuer(server, key, issuer, users(realmJson),
                    clients(realmJson), clock);
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", issuerServer::discovery);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", issuerServer::certs);
            server.createContext(REALM_PATH + "/protocol/openid-connect/token", issuerServer::token);
            server.start();
            return issuerServer;
        } catch (IOException e) {
            throw new UncheckedIOException("Utvecklingsutfärdaren kunde inte starta på port " + port + ": "
                    + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<DemoUser> users() {
        return List.copyOf(users.values());
    }

    /** A token for a demo user, as the token endpoint would give it. */
    String tokenFor(String username, String client) {
        DemoUser user = users.get(username);
        if (user == null) {
            throw new IllegalArgumentException("no demo user " + username);
        }
        return tokenFor(user, client);
    }

    /** A token for any user, demo or not: only code running the platform in-process can ask for one. */
    String tokenFor(DemoUser user, String client) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", client)
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("org", user.organisation())
                .claim("roles", user.roles())
                .claim("samverkan_dev_issuer", true)
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        document.put("grant_types_supported", List.of("password"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("samverkan_note", "DEVELOPMENT ONLY: local token issuer of the embedded run, demo users only");
        answer(exchange, 200, document);
    }

    private void certs(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    /** The OAuth2 password grant (RFC 6749 §4.3), answering errors as the RFC and Keycloak do. */
    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, error("invalid_request", "Use POST with a form body."));
            return;
        }
        Map<String, String> form = form(exchange.getRequestBody());
        String client = form.getOrDefault("client_id", "");
        if (!"password".equals(form.get("grant_type"))) {
            answer(exchange, 400, error("unsupported_grant_type", "Only grant_type=password is supported here."));
            return;
        }
        if (!clients.contains(client)) {
            answer(exchange, 401, error("invalid_client", "Unknown client_id '" + client + "'; use one of " + clients
                    + "."));
            return;
        }
        DemoUser user = users.get(form.getOrDefault("username", ""));
        if (user == null || !constantTimeEquals(user.password(), form.getOrDefault("password", ""))) {
            answer(exchange, 401, error("invalid_grant", "Invalid user credentials"));
            return;
        }
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("access_token", tokenFor(user.username(), client));
        token.put("token_type", "Bearer");
        token.put("expires_in", TOKEN_LIFETIME.toSeconds());
        token.put("scope", "openid");
        answer(exchange, 200, token);
    }

    private static Map<String, Object> error(String code, String description) {
        return Map.of("error", code, "error_description", description);
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        String text = new String(body.readNBytes(16 * 1024), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, DemoUser> users(JsonNode realm) {
        Map<String, DemoUser> users = new LinkedHashMap<>();
        for (JsonNode user : realm.path("users")) {
            String password = null;
            for (JsonNode credential : user.path("credentials")) {
                if ("password".equals(credential.path("type").asString())) {
                    password = credential.path("value").asString();
                }
            }
            List<String> roles = new ArrayList<>();
            user.path("realmRoles").forEach(role -> roles.add(role.asString()));
            String name = (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip();
            users.put(user.path("username").asString(), new DemoUser(user.path("username").asString(), password,
                    name, user.path("attributes").path("organisation").path(0).asString(null), List.copyOf(roles)));
        }
        return users;
    }

    /** Clients that may use the password grant here: those the realm allows direct access grants. */
    private static List<String> clients(JsonNode realm) {
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                clients.add(client.path("clientId").asString());
            }
        }
        return List.copyOf(clients);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "development token issuer on 127.0.0.1:" + port();
    }
}
