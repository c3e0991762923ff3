package se.samverkan.apphost;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * grant, and the authorization code flow with PKCE (S256) for the web client: a Swedish login
 * form at the authorization endpoint, redirect URIs checked against the realm's client) and
 * signs tokens shaped like Keycloak's ({@code org}, {@code roles}, {@code preferred_username},
 * audience {@code samverkan-api}; ID tokens for the client with its nonce) with an RSA key
 * generated at start-up and never written anywhere. It refuses to start in any profile but
 * {@code dev}.
 */
final class DevTokenIssuer implements AutoCloseable {

    static final String REALM_PATH = "/realms/samverkan";
    static final String AUDIENCE = "samverkan-api";
    static final String DEV_PROFILE = "dev";
    /** The gateway's address in the realm file's redirect URIs. */
    static final String REALM_GATEWAY_ORIGIN = "http://localhost:8080";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    /** An authorization code is used at once by the client's server; a minute is plenty. */
    static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record DemoUser(String username, String password, String name, String organisation, List<String> roles) {
    }

    /** A client of the realm that may use the authorization code flow, with its redirect URI patterns. */
    record BrowserClient(String clientId, List<String> redirectUris) {

        /** As Keycloak matches them: exactly, or by the prefix before a trailing {@code *}. */
        boolean allows(String redirectUri) {
            if (redirectUri == null || redirectUri.isBlank()) {
                return false;
            }
            return redirectUris.stream().anyMatch(pattern -> pattern.endsWith("*")
                    ? redirectUri.startsWith(pattern.substring(0, pattern.length() - 1))
                    : pattern.equals(redirectUri));
        }
    }

    private record Grant(String client, String redirectUri, String codeChallenge, String nonce, String username,
                         Instant expires) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, DemoUser> users;
    private final List<String> clients;
    private final Map<String, BrowserClient> browserClients;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Clock clock;

    private DevTokenIssuer(HttpServer server, RSAKey key, String issuer, Map<String, DemoUser> users,
                           List<String> clients, Map<String, BrowserClient> browserClients, Clock clock) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
        this.users = users;
        this.clients = clients;
        this.browserClients = browserClients;
        this.clock = clock;
    }

    /**
     * Starts the issuer on 127.0.0.1:port with the realm's demo users.
     *
     * @throws IllegalStateException outside the dev profile
     */
    static DevTokenIssuer start(String profile, int port, String issuer, InputStream realm, Clock clock) {
        return start(profile, port, issuer, realm, clock, REALM_GATEWAY_ORIGIN);
    }

    /**
     * As above, for a gateway at {@code gatewayOrigin}: the realm's redirect URIs name the default
     * gateway ({@value #REALM_GATEWAY_ORIGIN}); a local run on another port allows its own instead.
     */
    static DevTokenIssuer start(String profile, int port, String issuer, InputStream realm, Clock clock,
                                String gatewayOrigin) {
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
                    clients(realmJson), browserClients(realmJson, gatewayOrigin), clock);
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", issuerServer::discovery);
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", issuerServer::certs);
            server.createContext(REALM_PATH + "/protocol/openid-connect/token", issuerServer::token);
            server.createContext(REALM_PATH + "/protocol/openid-connect/auth", issuerServer::authorize);
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
        document.put("authorization_endpoint", issuer + "/protocol/openid-connect/auth");
        document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        document.put("grant_types_supported", List.of("password", "authorization_code"));
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("scopes_supported", List.of("openid"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("samverkan_note", "DEVELOPMENT ONLY: local token issuer of the embedded run, demo users only");
        answer(exchange, 200, document);
    }

    private void certs(HttpExchange exchange) throws IOException {
        answer(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    /**
     * The authorization endpoint (RFC 6749 §4.1.1 with PKCE, RFC 7636): GET shows the login form,
     * POST checks the user and sends the browser back to the client's redirect URI with a code.
     * An unknown client or a redirect URI the client does not allow gets an error page and is
     * never redirected to; other errors go back to the client as {@code error=...}.
     */
    private void authorize(HttpExchange exchange) throws IOException {
        boolean post = "POST".equals(exchange.getRequestMethod());
        Map<String, String> params = post ? form(exchange.getRequestBody())
                : query(exchange.getRequestURI().getRawQuery());
        BrowserClient client = browserClients.get(params.getOrDefault("client_id", ""));
        String redirectUri = params.get("redirect_uri");
        if (client == null || !client.allows(redirectUri)) {
            page(exchange, 400, "Inloggningen kan inte göras", "<p role=\"alert\">Tjänsten som skickade hit dig är okänd, "
                    + "eller så får den inte ta emot inloggningar på adressen den angav. Gå tillbaka och försök igen; "
                    + "kvarstår felet, kontakta systemförvaltaren.</p>");
            return;
        }
        if (!"code".equals(params.get("response_type"))) {
            backToClient(exchange, redirectUri, Map.of("error", "unsupported_response_type"), params.get("state"));
            return;
        }
        if (params.getOrDefault("code_challenge", "").isBlank()
                || !"S256".equals(params.get("code_challenge_method"))) {
            backToClient(exchange, redirectUri, Map.of("error", "invalid_request",
                    "error_description", "PKCE with code_challenge_method=S256 is required"), params.get("state"));
            return;
        }
        if (!post) {
            page(exchange, 200, "Logga in", loginForm(params, null, ""));
            return;
        }
        DemoUser user = users.get(params.getOrDefault("username", ""));
        if (user == null || !constantTimeEquals(user.password(), params.getOrDefault("password", ""))) {
            page(exchange, 401, "Logga in", loginForm(params, "Fel användarnamn eller lösenord. Försök igen.",
                    params.getOrDefault("username", "")));
            return;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        codes.values().removeIf(grant -> grant.expires().isBefore(clock.instant()));
        codes.put(code, new Grant(client.clientId(), redirectUri, params.get("code_challenge"), params.get("nonce"),
                user.username(), clock.instant().plus(CODE_LIFETIME)));
        backToClient(exchange, redirectUri, Map.of("code", code), params.get("state"));
    }

    /** The code for tokens (RFC 6749 §4.1.3): once, by the same client, redirect URI and PKCE verifier. */
    private void exchangeCode(HttpExchange exchange, Map<String, String> form) throws IOException {
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null || grant.expires().isBefore(clock.instant())
                || !grant.client().equals(form.get("client_id"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            answer(exchange, 400, error("invalid_grant",
                    "The code is unknown, used, expired, or not for this client, redirect URI or code verifier."));
            return;
        }
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("access_token", tokenFor(grant.username(), grant.client()));
        token.put("token_type", "Bearer");
        token.put("expires_in", TOKEN_LIFETIME.toSeconds());
        token.put("id_token", idTokenFor(grant.username(), grant.client(), grant.nonce()));
        token.put("scope", "openid");
        answer(exchange, 200, token);
    }

    /** The ID token for the client: who signed in, for which organisation and with which roles. */
    String idTokenFor(String username, String client, String nonce) {
        DemoUser user = users.get(username);
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString())
                .audience(client)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "ID")
                .claim("azp", client)
                .claim("auth_time", now.getEpochSecond())
                .claim("preferred_username", user.username())
                .claim("name", user.name())
                .claim("org", user.organisation())
                .claim("roles", user.roles());
        if (nonce != null && !nonce.isBlank()) {
            claims.claim("nonce", nonce);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loginForm(Map<String, String> params, String error, String username) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("response_type", "client_id", "redirect_uri", "scope", "state", "nonce",
                "code_challenge", "code_challenge_method")) {
            if (params.get(name) != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(html(params.get(name))).append("\">");
            }
        }
        String alert = error == null ? "" : "<p class=\"error\" role=\"alert\" id=\"login-error\">" + html(error) + "</p>";
        String described = error == null ? "" : " aria-describedby=\"login-error\" aria-invalid=\"true\"";
        return alert
                + "<p>Utvecklingsläge: logga in som en av demoanvändarna. Lösenordet är detsamma som användarnamnet.</p>"
                + "<form method=\"post\" action=\"" + REALM_PATH + "/protocol/openid-connect/auth\">" + hidden
                + "<p><label for=\"username\">Användarnamn</label><br><input id=\"username\" name=\"username\" "
                + "autocomplete=\"username\" required value=\"" + html(username) + "\"" + described + "></p>"
                + "<p><label for=\"password\">Lösenord</label><br><input id=\"password\" name=\"password\" "
                + "type=\"password\" autocomplete=\"current-password\" required" + described + "></p>"
                + "<p><button type=\"submit\">Logga in</button></p></form>";
    }

    private static void page(HttpExchange exchange, int status, String title, String body) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + html(title) + " – Samverkan (utvecklingsläge)</title><style>"
                + "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;margin:0}"
                + "main{max-width:30rem;margin:2rem auto;padding:1rem}input{font-size:1rem;padding:.3rem;border:1px solid #555}"
                + "button{font-size:1rem;padding:.4rem 1rem}.error{border-left:4px solid #a0001c;padding-left:.75rem;font-weight:bold}"
                + "a:focus,input:focus,button:focus{outline:3px solid #b35c00;outline-offset:2px}</style></head><body>"
                + "<main><h1>" + html(title) + "</h1>" + body + "</main></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        // no form-action: the login form's answer redirects to the client, another origin, which it would block
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void backToClient(HttpExchange exchange, String redirectUri, Map<String, String> values,
                                     String state) throws IOException {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        Map<String, String> all = new LinkedHashMap<>(values);
        if (state != null) {
            all.put("state", state);
        }
        all.forEach((name, value) -> location.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        location.setLength(location.length() - 1);
        exchange.getResponseHeaders().set("Location", location.toString());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The OAuth2 password grant (RFC 6749 §4.3), answering errors as the RFC and Keycloak do. */
    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, error("invalid_request", "Use POST with a form body."));
            return;
        }
        Map<String, String> form = form(exchange.getRequestBody());
        String client = form.getOrDefault("client_id", "");
        if ("authorization_code".equals(form.get("grant_type"))) {
            exchangeCode(exchange, form);
            return;
        }
        if (!"password".equals(form.get("grant_type"))) {
            answer(exchange, 400, error("unsupported_grant_type",
                    "Only grant_type=password and authorization_code are supported here."));
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
        return query(new String(body.readNBytes(16 * 1024), StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
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

    /** Clients that may use the authorization code flow here: those the realm gives the standard flow. */
    private static Map<String, BrowserClient> browserClients(JsonNode realm, String gatewayOrigin) {
        Map<String, BrowserClient> clients = new LinkedHashMap<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("standardFlowEnabled").asBoolean(false) && client.path("enabled").asBoolean(true)) {
                List<String> uris = new ArrayList<>();
                client.path("redirectUris").forEach(uri -> uris.add(uri.asString().startsWith(REALM_GATEWAY_ORIGIN + "/")
                        ? gatewayOrigin + uri.asString().substring(REALM_GATEWAY_ORIGIN.length()) : uri.asString()));
                clients.put(client.path("clientId").asString(),
                        new BrowserClient(client.path("clientId").asString(), List.copyOf(uris)));
            }
        }
        return clients;
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
