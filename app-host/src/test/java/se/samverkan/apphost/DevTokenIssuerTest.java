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
