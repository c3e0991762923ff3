package se.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Sign-in, the menu by role and the token relay of the web client, against a stand-in gateway. */
@SpringBootTest
@AutoConfigureMockMvc
class WebClientPagesTest {

    static final FakeGateway GATEWAY = new FakeGateway();

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        registry.add("samverkan.web.api-uri", GATEWAY::uri);
        registry.add("samverkan.web.issuer-uri", () -> "http://localhost:8090/realms/samverkan");
    }

    @AfterAll
    static void stop() {
        GATEWAY.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    @Autowired
    ClientRegistrationRepository registrations;

    /** Signed in as after the code flow: the ID token's claims, and the access token kept in the session. */
    RequestPostProcessor as(String username, String role, String organisation) {
        return request -> {
            OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(username)
                    .claim("preferred_username", username).claim("name", username).claim("org", organisation)
                    .claim("roles", List.of(role)).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).build();
            DefaultOidcUser oidcUser = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken,
                    "preferred_username");
            Authentication user = new OAuth2AuthenticationToken(oidcUser, oidcUser.getAuthorities(), WebSecurity.REGISTRATION);
            MockHttpServletRequest signedIn = authentication(user).postProcessRequest(request);
            OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token-of-" + username,
                    Instant.now(), Instant.now().plusSeconds(600));
            authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(
                    registrations.findByRegistrationId(WebSecurity.REGISTRATION), user.getName(), token),
                    user, signedIn, new MockHttpServletResponse());
            return signedIn;
        };
    }

    @Test
    void anAnonymousVisitorIsSentToTheIssuerWithTheAuthorizationCodeAndPkce() throws Exception {
        mvc.perform(get("/app/")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/app/oauth2/authorization/samverkan"));

        MvcResult toIssuer = mvc.perform(get("/app/oauth2/authorization/samverkan")).andExpect(status().isFound())
                .andReturn();
        String location = toIssuer.getResponse().getHeader("Location");
        assertThat(location).startsWith("http://localhost:8090/realms/samverkan/protocol/openid-connect/auth?")
                .contains("response_type=code").contains("client_id=samverkan-web").contains("scope=openid")
                .contains("code_challenge=").contains("code_challenge_method=S256").contains("nonce=")
                .contains("redirect_uri=http://localhost/app/login/oauth2/code/samverkan");
    }

    @Test
    void theMenuFollowsTheRolesClaim() throws Exception {
        String finance = mvc.perform(get("/app/").with(as("ekonomi", "finance", "ks-klk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String provider = mvc.perform(get("/app/").with(as("norr.utforare", "provider-user", "provider-omsorgsgruppen-norr")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(finance).contains("<html lang=\"sv\"").contains("href=\"#innehall\"").contains("<main id=\"innehall\"")
                .contains("href=\"/app/exporter\"").doesNotContain("href=\"/app/uppfoljningsplaner\"");
        assertThat(provider).contains("href=\"/app/avvikelser\"").doesNotContain("href=\"/app/exporter\"")
                .doesNotContain("href=\"/app/uppfoljningsplaner\"").contains("utförare");
    }

    @Test
    void anExportIsFetchedThroughTheGatewayWithTheUsersOwnTokenAndHandedOnAsAFile() throws Exception {
        GATEWAY.file("GET /api/v1/reports/exports/in-house-results.csv", "text/csv; charset=utf-8",
                "År;Månad\r\n2026;1\r\n", "attachment; filename=\"in-house-results-2026.csv\"");

        MvcResult download = mvc.perform(get("/app/exporter/resultat-2026.csv").with(as("ekonomi", "finance", "ks-klk")))
                .andExpect(status().isOk()).andReturn();

        assertThat(download.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("År;Månad");
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("in-house-results-2026.csv");
        FakeGateway.Call call = GATEWAY.calls.stream().filter(c -> c.path().contains("in-house-results.csv"))
                .findFirst().orElseThrow();
        assertThat(call.path()).endsWith("?year=2026");
        assertThat(call.authorization()).as("the user's access token, relayed").isEqualTo("Bearer access-token-of-ekonomi");
    }

    @Test
    void whatTheApiRefusesIsShownWithItsOwnSwedishDetail() throws Exception {
        GATEWAY.answer("GET /api/v1/reports/exports/in-house-results.se", 403,
                "{\"status\":403,\"detail\":\"Din roll får inte göra detta.\"}");

        String page = mvc.perform(get("/app/exporter/resultat-2026.se").with(as("norr.utforare", "provider-user",
                        "provider-omsorgsgruppen-norr")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Behörighet saknas").contains("Din roll får inte göra detta.");
    }

    @Test
    void theApisValidationMessagesAreShownBesideTheFieldsTheyNameAndWhatWasTypedIsKept() throws Exception {
        GATEWAY.answer("GET /api/v1/findings/f-1", 200, """
                {"id":"f-1","agreement":{"title":"Hemtjänst Norr"},"provider":{"name":"Omsorgsgruppen Norr AB"},
                 "requirement":{"text":"Kontinuitet"},"status":"AWAITING_ACTION_PLAN","plans":[]}""");
        GATEWAY.answer("POST /api/v1/findings/f-1/action-plans", 400, """
                {"status":400,"detail":"Begäran har 1 fel.","errors":[{"field":"actions[0].dueOn","rule":"not-past",
                 "message":"En åtgärd kan inte planeras till ett datum som redan passerat (2020-01-01)."}]}""");

        String page = mvc.perform(post("/app/avvikelser/f-1/atgardsplan").with(csrf())
                        .with(as("norr.utforare", "provider-user", "provider-omsorgsgruppen-norr"))
                        .param("analysis", "För få fasta medarbetare").param("actions[0].description", "Fasta team")
                        .param("actions[0].responsible", "Enhetschefen").param("actions[0].dueOn", "2020-01-01")
                        .param("actions[0].expectedEffect", "Färre olika personal"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("role=\"alert\"")
                .contains("<span class=\"field-error\" id=\"fel-actions[0].dueOn\">En åtgärd kan inte planeras till ett datum som redan passerat (2020-01-01).</span>")
                .contains("aria-describedby=\"fel-actions[0].dueOn\"").contains("value=\"2020-01-01\"")
                .contains("För få fasta medarbetare");
        FakeGateway.Call sent = GATEWAY.calls.stream().filter(c -> c.method().equals("POST")).reduce((a, b) -> b).orElseThrow();
        assertThat(sent.body()).contains("\"analysis\":\"För få fasta medarbetare\"").contains("\"dueOn\":\"2020-01-01\"");
    }

    @Test
    void aDecisionTheApiRefusesListsEveryProviderThePlanMisses() throws Exception {
        GATEWAY.answer("GET /api/v1/follow-up-plans/p-1", 200, """
                {"id":"p-1","boardId":"b-1","boardOrganisationId":"board-von","year":2027,"status":"DRAFT","items":[]}""");
        GATEWAY.answer("GET /api/v1/boards", 200, """
                {"content":[{"id":"b-1","name":"Vård- och omsorgsnämnden","organisationId":"board-von"}]}""");
        GATEWAY.answer("GET /api/v1/agreements", 200, """
                {"content":[{"id":"a-1","provider":{"id":"pr-1","name":"Omsorgsgruppen Norr AB"}}]}""");
        GATEWAY.answer("POST /api/v1/follow-up-plans/p-1/decide", 400, """
                {"status":400,"detail":"Begäran har 1 fel.","errors":[{"field":"items","rule":"every-contracted-provider",
                 "message":"Planen följer inte upp Omsorgsgruppen Norr AB."}]}""");

        String page = mvc.perform(post("/app/uppfoljningsplaner/p-1/beslut").with(csrf())
                        .with(as("von.handlaggare", "orderer-official", "board-von"))
                        .param("decidedOn", "2026-12-10").param("reference", "VON 2026/12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Planen kan inte beslutas ännu").contains("Planen följer inte upp Omsorgsgruppen Norr AB.")
                .contains("<option value=\"pr-1\">Omsorgsgruppen Norr AB</option>").contains("value=\"VON 2026/12\"");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/app/uppfoljningsplaner/p-1/beslut").with(as("von.handlaggare", "orderer-official", "board-von"))
                .param("decidedOn", "2026-12-10")).andExpect(status().isForbidden());
    }

    @Test
    void aPlansItemsAreListedWithTheirSwedishLabels() throws Exception {
        GATEWAY.answer("GET /api/v1/follow-up-plans/p-2", 200, """
                {"id":"p-2","boardId":"b-1","boardOrganisationId":"board-von","year":2028,"status":"DRAFT","items":[
                 {"id":"i-1","providerId":"pr-1","providerName":"Omsorgsgruppen Norr AB","what":"Kvalitetskraven",
                  "form":"CONTRACT_FOLLOW_UP","responsible":"von.avtal","interval":"TWICE_A_YEAR",
                  "feedbackTo":["BOARD","PROVIDER"],"cause":null}]}""");
        GATEWAY.answer("GET /api/v1/boards", 200, """
                {"content":[{"id":"b-1","name":"Vård- och omsorgsnämnden","organisationId":"board-von"}]}""");
        GATEWAY.answer("GET /api/v1/agreements", 200, """
                {"content":[{"id":"a-1","provider":{"id":"pr-1","name":"Omsorgsgruppen Norr AB"}}]}""");

        String page = mvc.perform(get("/app/uppfoljningsplaner/p-2").param("tillagd", "")
                        .with(as("von.handlaggare", "orderer-official", "board-von")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Punkten är tillagd").contains("Avtalsuppföljning").contains("Två gånger om året")
                .contains("Nämnden").contains("Utföraren");
    }
}
