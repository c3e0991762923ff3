package se.samverkan.apphost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The development token issuer of the embedded run: the realm's demo users, Keycloak's shape, dev only. */
class DevTokenIssuerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void itRefusesToStartOutsideTheDevProfile() {
        for (String profile : List.of("prod", "production", "test", "")) {
            assertThatThrownBy(() -> DevTokenIssuer.start(profile, 0, "http://localhost/realms/samverkan",
                    Platform.realm(), Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("bara köras i profilen 'dev'");
        }
    }

    @Test
    void theDemoUsersLogInWithThePasswordGrantAndGetAKeycloakShapedTokenSignedByThePublishedKey() throws Exception {
        int port = freePort();
        String issuerUri = "http://localhost:" + port + DevTokenIssuer.REALM_PATH;
        try (DevTokenIssuer issuer = DevTokenIssuer.start("dev", port, issuerUri, Platform.realm(), Clock.systemUTC())) {
            assertThat(issuer.users()).extracting(DevTokenIssuer.DemoUser::username).containsExactlyInAnyOrder(
                    "von.handlaggare", "von.avtal", "norr.utforare", "produktion.styrelse", "klk.analytiker",
                    "ekonomi", "admin");

            HttpResponse<String> login = token(port, "norr.utforare", "norr.utforare", "samverkan-cli");
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            SignedJWT jwt = SignedJWT.parse(JSON.readTree(login.body()).get("access_token").asString());
            JWKSet keys = JWKSet.parse(get(URI.create(issuerUri + "/protocol/openid-connect/certs")).body());
            assertThat(jwt.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID())))).isTrue();
            assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(issuerUri);
            assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("samverkan-api");
            assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("provider-omsorgsgruppen-norr");
            assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("provider-user");
            assertThat(jwt.getJWTClaimsSet().getStringClaim("preferred_username")).isEqualTo("norr.utforare");

            JsonNode discovery = JSON.readTree(get(URI.create(issuerUri + "/.well-known/openid-configuration")).body());
            assertThat(discovery.get("issuer").asString()).isEqualTo(issuerUri);
            assertThat(discovery.get("samverkan_note").asString()).contains("DEVELOPMENT ONLY");
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserOrAClientWithoutThePasswordGrantGetsNoToken() throws Exception {
        int port = freePort();
        try (DevTokenIssuer issuer = DevTokenIssuer.start("dev", port, "http://localhost:" + port
                + DevTokenIssuer.REALM_PATH, Platform.realm(), Clock.systemUTC())) {
            HttpResponse<String> wrongPassword = token(port, "admin", "Admin", "samverkan-cli");
            HttpResponse<String> unknownUser = token(port, "mallory", "mallory", "samverkan-cli");
            HttpResponse<String> browserClient = token(port, "admin", "admin", "samverkan-web");

            assertThat(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(wrongPassword.body()).contains("invalid_grant").doesNotContain("access_token");
            assertThat(unknownUser.statusCode()).isEqualTo(401);
            assertThat(unknownUser.body()).as("same answer whether the user exists or not").isEqualTo(wrongPassword.body());
            assertThat(browserClient.statusCode()).as("the web client logs in with PKCE, not passwords").isEqualTo(401);
            assertThat(browserClient.body()).contains("invalid_client");
        }
    }

    private static final String WEB = "samverkan-web";
    private static final String CALLBACK = "http://localhost:8080/app/login/oauth2/code/samverkan";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    @Test
    void theWebClientSignsInWithTheAuthorizationCodeAndPkceAndGetsAnAccessTokenAndAnIdToken() throws Exception {
        int port = freePort();
        String issuerUri = "http://localhost:" + port + DevTokenIssuer.REALM_PATH;
        try (DevTokenIssuer issuer = DevTokenIssuer.start("dev", port, issuerUri, Platform.realm(), Clock.systemUTC())) {
            JsonNode discovery = JSON.readTree(get(URI.create(issuerUri + "/.well-known/openid-configuration")).body());
            assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(issuerUri + "/protocol/openid-connect/auth");
            assertThat(discovery.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");

            HttpResponse<String> form = get(URI.create(authorize(port, CALLBACK, DevTokenIssuer.s256(VERIFIER))));
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("lang=\"sv\"").contains("<label for=\"username\">Användarnamn</label>")
                    .contains("<label for=\"password\">Lösenord</label>");

            HttpResponse<String> signedIn = login(port, CALLBACK, DevTokenIssuer.s256(VERIFIER), "von.handlaggare");
            assertThat(signedIn.statusCode()).isEqualTo(302);
            String location = signedIn.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=st%C3%A5t");
            String code = location.substring(location.indexOf("code=") + 5, location.indexOf('&'));

            HttpResponse<String> tokens = codeForTokens(port, code, VERIFIER, CALLBACK);
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(tokens.body());
            SignedJWT access = SignedJWT.parse(body.get("access_token").asString());
            assertThat(access.getJWTClaimsSet().getAudience()).containsExactly("samverkan-api");
            assertThat(access.getJWTClaimsSet().getStringClaim("org")).isEqualTo("board-von");
            assertThat(access.getJWTClaimsSet().getStringClaim("azp")).isEqualTo(WEB);
            SignedJWT id = SignedJWT.parse(body.get("id_token").asString());
            JWKSet keys = JWKSet.parse(get(URI.create(issuerUri + "/protocol/openid-connect/certs")).body());
            assertThat(id.verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(id.getHeader().getKeyID())))).isTrue();
            assertThat(id.getJWTClaimsSet().getAudience()).containsExactly(WEB);
            assertThat(id.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n-0S6");
            assertThat(id.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("orderer-official");

            assertThat(codeForTokens(port, code, VERIFIER, CALLBACK).statusCode()).as("a code is used once").isEqualTo(400);
        }
    }

    @Test
    void aCodeNeedsTheRightVerifierAndTheBrowserIsSentOnlyToARedirectUriTheClientAllows() throws Exception {
        int port = freePort();
        try (DevTokenIssuer issuer = DevTokenIssuer.start("dev", port, "http://localhost:" + port
                + DevTokenIssuer.REALM_PATH, Platform.realm(), Clock.systemUTC())) {
            String location = login(port, CALLBACK, DevTokenIssuer.s256(VERIFIER), "ekonomi").headers()
                    .firstValue("Location").orElseThrow();
            String code = location.substring(location.indexOf("code=") + 5, location.indexOf('&'));
            HttpResponse<String> wrongVerifier = codeForTokens(port, code, VERIFIER.replace('d', 'e'), CALLBACK);
            assertThat(wrongVerifier.statusCode()).isEqualTo(400);
            assertThat(wrongVerifier.body()).contains("invalid_grant").doesNotContain("access_token");

            HttpResponse<String> elsewhere = get(URI.create(authorize(port, "https://evil.example/app/cb",
                    DevTokenIssuer.s256(VERIFIER))));
            assertThat(elsewhere.statusCode()).isEqualTo(400);
            assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
            assertThat(elsewhere.body()).contains("får den inte ta emot inloggningar");

            HttpResponse<String> withoutPkce = get(URI.create(authorize(port, CALLBACK, "")));
            assertThat(withoutPkce.statusCode()).isEqualTo(302);
            assertThat(withoutPkce.headers().firstValue("Location").orElseThrow()).contains("error=invalid_request");

            HttpResponse<String> wrongPassword = login(port, CALLBACK, DevTokenIssuer.s256(VERIFIER), "admin", "fel");
            assertThat(wrongPassword.statusCode()).isEqualTo(401);
            assertThat(wrongPassword.body()).contains("role=\"alert\"").contains("Fel användarnamn eller lösenord");
        }
    }

    private static String authorize(int port, String redirectUri, String challenge) {
        return "http://127.0.0.1:" + port + DevTokenIssuer.REALM_PATH + "/protocol/openid-connect/auth?" + params(
                redirectUri, challenge);
    }

    private static String params(String redirectUri, String challenge) {
        return "response_type=code&client_id=" + WEB + "&scope=openid&state=st%C3%A5t&nonce=n-0S6&redirect_uri="
                + java.net.URLEncoder.encode(redirectUri, java.nio.charset.StandardCharsets.UTF_8)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private static HttpResponse<String> login(int port, String redirectUri, String challenge, String user) throws Exception {
        return login(port, redirectUri, challenge, user, user);
    }

    private static HttpResponse<String> login(int port, String redirectUri, String challenge, String user,
                                              String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DevTokenIssuer.REALM_PATH
                        + "/protocol/openid-connect/auth"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(params(redirectUri, challenge) + "&username=" + user
                        + "&password=" + password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> codeForTokens(int port, String code, String verifier, String redirectUri)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DevTokenIssuer.REALM_PATH
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + WEB + "&code="
                        + code + "&code_verifier=" + verifier + "&redirect_uri="
                        + java.net.URLEncoder.encode(redirectUri, java.nio.charset.StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> token(int port, String user, String password, String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DevTokenIssuer.REALM_PATH
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + client + "&username="
                        + user + "&password=" + password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
