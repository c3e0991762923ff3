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

    private String page(String url, RequestPostProcessor user, int status) throws Exception {
        return mvc.perform(get(url).with(user)).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
    }

    private static FakeGateway.Call lastCall(String path) {
        return GATEWAY.calls.stream().filter(c -> c.path().startsWith(path + "?") || c.path().equals(path))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static final String BOARDS = """
            {"content":[{"id":"b-bun","name":"Barn- och utbildningsnämnden","organisationId":"board-bun"},
                        {"id":"b-von","name":"Vård- och omsorgsnämnden","organisationId":"board-von"}],
             "page":0,"size":100,"totalElements":2,"totalPages":1}""";

    @Test
    void theMenuOffersEachRoleTheNewScreensItsApisAnswer() throws Exception {
        String official = page("/app/", as("von.handlaggare", "orderer-official", "board-von"), 200);
        String production = page("/app/", as("produktion.styrelse", "production-board", "provider-vallby-produktion"), 200);
        String analyst = page("/app/", as("klk.analytiker", "council-analyst", "ks-klk"), 200);
        String provider = page("/app/", as("norr.utforare", "provider-user", "provider-omsorgsgruppen-norr"), 200);

        assertThat(official).contains("href=\"/app/tackning\"", "href=\"/app/avtal\"", "href=\"/app/rapportering\"",
                "href=\"/app/maluppfyllelse\"").doesNotContain("href=\"/app/resultatenheter\"");
        assertThat(production).contains("href=\"/app/resultatenheter\"", "href=\"/app/maluppfyllelse\"",
                "href=\"/app/avtal\"").doesNotContain("href=\"/app/tackning\"", "href=\"/app/rapportering\"");
        assertThat(analyst).contains("href=\"/app/tackning\"", "href=\"/app/resultatenheter\"",
                "href=\"/app/rapportering\"", "href=\"/app/maluppfyllelse\"");
        assertThat(provider).contains("href=\"/app/avtal\"").doesNotContain("href=\"/app/tackning\"",
                "href=\"/app/resultatenheter\"", "href=\"/app/rapportering\"", "href=\"/app/maluppfyllelse\"");
    }

    @Test
    void coverageShowsTheOfficialsOwnBoardsUnitsAPageAtATimeWithTheStatusesAsAChartAndATable() throws Exception {
        GATEWAY.answer("GET /api/v1/boards", 200, BOARDS);
        GATEWAY.answer("GET /api/v1/boards/b-von/coverage", 200, """
                {"boardId":"b-von","boardName":"Vård- och omsorgsnämnden","year":2026,"page":1,"size":20,
                 "totalElements":21,"totalPages":2,"sort":"unitName,asc","content":[
                  {"unitId":"u-1","unitName":"Hemtjänst Norr","serviceArea":"HOME_CARE","serviceAreaLabel":"Hemtjänst",
                   "responsibleOfficial":"Anna Andersson","providerName":"Omsorgsgruppen Norr AB",
                   "lastVisitOn":"2026-10-30","lastDeepFollowUpOn":null,"nextDueBy":"2027-12-31","nextPlannedOn":null,
                   "visitStatus":"OK","deepFollowUpStatus":"OVERDUE","status":"OVERDUE","statusLabel":"Försenat"}],
                 "providerMeetings":[{"serviceArea":"HOME_CARE","serviceAreaLabel":"Hemtjänst","term":"2026-AUTUMN",
                   "termLabel":"Hösttermin 2026","status":"OK","statusLabel":"Uppfyllt",
                   "meetings":[{"id":"m-1","plannedOn":"2026-11-15","heldOn":"2026-11-15"}]}]}""");

        String html = page("/app/tackning?ar=2026&sida=2", as("von.handlaggare", "orderer-official", "board-von"), 200);

        FakeGateway.Call call = lastCall("/api/v1/boards/b-von/coverage");
        assertThat(GATEWAY.calls).anySatisfy(c -> assertThat(c.path()).contains("/api/v1/boards/b-von/coverage?year=2026&page=1&size=20"));
        assertThat(call.authorization()).isEqualTo("Bearer access-token-of-von.handlaggare");
        assertThat(html).contains("Hemtjänst Norr").contains("Anna Andersson").contains("Försenat")
                .contains("hållet 2026-11-15").contains("Sida <span>2</span> av <span>2</span>")
                .contains("href=\"/app/tackning?ar=2026&amp;sida=1\"").doesNotContain("Nästa sida")
                .contains("role=\"img\"").contains("aria-labelledby=\"tackning-diagram-titel tackning-diagram-beskrivning\"")
                .contains("<title id=\"tackning-diagram-titel\">Enheternas uppföljning 2026, antal enheter per status</title>")
                .contains("Antal enheter per status (samma uppgifter som diagrammet)")
                .doesNotContain("Barn- och utbildningsnämnden</option>");
    }

    @Test
    void aPageOrYearThatCannotBeShownIsSaidInSwedishWithoutAskingTheApi() throws Exception {
        GATEWAY.answer("GET /api/v1/boards", 200, BOARDS);
        int before = GATEWAY.calls.size();

        String page = page("/app/tackning?sida=noll", as("klk.analytiker", "council-analyst", "ks-klk"), 400);
        String year = page("/app/resultatenheter?ar=1999", as("ekonomi", "finance", "ks-klk"), 400);
        String zero = page("/app/rapportering?sida=0", as("ekonomi", "finance", "ks-klk"), 400);

        assertThat(page).contains("Det går inte att visa sidan så").contains("Sidan &#39;noll&#39; finns inte")
                .contains("sida=2");
        assertThat(year).contains("Året &#39;1999&#39; går inte att visa. Ange ett år mellan 2000 och 2100");
        assertThat(zero).contains("Sidan &#39;0&#39; finns inte");
        assertThat(GATEWAY.calls.subList(before, GATEWAY.calls.size()))
                .noneSatisfy(c -> assertThat(c.path()).contains("coverage"))
                .noneSatisfy(c -> assertThat(c.path()).contains("result-units"))
                .noneSatisfy(c -> assertThat(c.path()).contains("reports"));
    }

    @Test
    void theAgreementsAreFilteredAndSortedByWhatThePersonChoseAndAnUnknownChoiceIsRefused() throws Exception {
        GATEWAY.answer("GET /api/v1/agreements", 200, """
                {"content":[{"id":"a-1","title":"Auktorisation hemtjänst","provider":{"name":"Omsorgsgruppen Norr AB"},
                  "route":"LOV","routeLabel":"Kundval (LOV)","serviceAreaLabel":"Hemtjänst","startsOn":"2026-01-01",
                  "endsOn":null,"annualValueSek":4200000,"strategic":true,"status":"SIGNED"}],
                 "page":0,"size":20,"totalElements":1,"totalPages":1}""");

        String html = page("/app/avtal?status=SIGNED&vag=LOV&sortering=title",
                as("von.avtal", "contract-manager", "board-von"), 200);
        String refused = page("/app/avtal?status=KLART", as("von.avtal", "contract-manager", "board-von"), 400);

        assertThat(lastCall("/api/v1/agreements").path()).contains("page=0").contains("size=20").contains("sort=title")
                .contains("status=SIGNED").contains("route=LOV");
        assertThat(html).contains("href=\"/app/avtal/a-1\"").contains("Auktorisation hemtjänst").contains("(strategiskt)")
                .contains("4\u00a0200\u00a0000\u00a0kr").contains("tills vidare").contains("Undertecknat")
                .contains("<option value=\"LOV\" selected=\"selected\">Kundval (LOV)</option>");
        assertThat(refused).contains("Okänt värde &#39;KLART&#39; för status");
    }

    @Test
    void anAgreementShowsItsRequirementsPerCategoryAndLinksItsFindings() throws Exception {
        GATEWAY.answer("GET /api/v1/agreements/a-1", 200, """
                {"id":"a-1","title":"Auktorisation hemtjänst","provider":{"name":"Omsorgsgruppen Norr AB"},
                 "routeLabel":"Kundval (LOV)","serviceAreaLabel":"Hemtjänst","startsOn":"2026-01-01","endsOn":null,
                 "annualValueSek":4200000,"strategic":false,"status":"SIGNED","signedOn":"2025-12-01","requirements":[
                  {"id":"r-2","category":"LABOUR_CONDITIONS","categoryLabel":"Arbetsrättsliga villkor","text":"Kollektivavtal","followUpMethod":"DOCUMENT_REVIEW"},
                  {"id":"r-1","category":"BASIC_QUALITY","categoryLabel":"Grundläggande kvalitet","text":"Genomförandeplan inom 14 dagar","followUpMethod":"VISIT"}]}""");
        GATEWAY.answer("GET /api/v1/findings", 200, """
                {"content":[{"id":"f-9","registeredOn":"2026-10-02","requirement":{"text":"Genomförandeplan inom 14 dagar"},
                  "severityLabel":"Hög","status":"PLAN_SUBMITTED","overdue":false,"planDueOn":"2026-11-01"}],
                 "page":0,"size":100,"totalElements":1,"totalPages":1}""");

        String html = page("/app/avtal/a-1", as("klk.analytiker", "council-analyst", "ks-klk"), 200);

        assertThat(lastCall("/api/v1/findings").path()).contains("agreementId=a-1");
        assertThat(html.indexOf("Grundläggande kvalitet")).as("the catalogue's order, not the agreement's")
                .isLessThan(html.indexOf("Arbetsrättsliga villkor"));
        assertThat(html).contains("Verksamhetsbesök").contains("Granskning av dokument")
                .contains("href=\"/app/avvikelser/f-9\"").contains("Åtgärdsplan inlämnad").contains("den 2025-12-01");
    }

    @Test
    void aResultUnitShowsItsMarginAgainstTheRequirementAndItsEquityOverTimeAsChartsWithTheirTables() throws Exception {
        GATEWAY.answer("GET /api/v1/result-units/ru-1", 200, """
                {"id":"ru-1","name":"Förskolan Ekorren","serviceArea":"PRESCHOOL","serviceAreaLabel":"Förskola",
                 "firstYear":2025,"openingEquity":-40000,"budgets":[{"year":2026,"revenues":6000000,"costs":5700000,
                  "result":300000,"budgetedMarginPercent":5.0,"requirement":{"marginPercent":5.0,"source":"LADDER"}}],
                 "years":[{"year":2025,"closedMonths":12,"revenues":6000000,"costs":5688000,"result":312000,
                   "operatingMarginPercent":5.2,"requirement":{"marginPercent":5.0,"source":"LADDER"},"meetsRequirement":true,
                   "equity":{"broughtForward":-40000,"result":312000,"carriedForward":272000}},
                  {"year":2026,"closedMonths":10,"revenues":5000000,"costs":5100000,"result":-100000,
                   "operatingMarginPercent":-2.0,"requirement":{"marginPercent":5.0,"source":"LADDER"},"meetsRequirement":false,
                   "equity":{"broughtForward":272000,"result":-100000,"carriedForward":172000}}]}""");

        String html = page("/app/resultatenheter/ru-1", as("produktion.styrelse", "production-board",
                "provider-vallby-produktion"), 200);

        assertThat(html).contains("<title id=\"marginal-diagram-titel\">Rörelsemarginal mot resultatkrav per år, procent</title>")
                .contains("<title id=\"eget-kapital-over-tid-titel\">").contains("-2\u00a0%").contains("5,2\u00a0%")
                .contains("172\u00a0000\u00a0kr").contains("-40\u00a0000\u00a0kr").contains("Nej").contains("Trappan")
                .contains("Rörelsemarginal (fylld stapel)").contains("Resultatkrav (ofylld stapel)");
    }

    @Test
    void theResultUnitsListShowsEquityPerServiceAreaAndSaysSoWhenThereIsNothingToDraw() throws Exception {
        GATEWAY.answer("GET /api/v1/result-units", 200, """
                {"content":[{"id":"ru-1","name":"Förskolan Ekorren","serviceAreaLabel":"Förskola","firstYear":2025,
                  "openingEquity":-40000}],"page":0,"size":20,"totalElements":1,"totalPages":1}""");
        GATEWAY.answer("GET /api/v1/result-units/equity", 200, """
                {"year":2031,"serviceAreas":[]}""");

        String html = page("/app/resultatenheter?ar=2031", as("ekonomi", "finance", "ks-klk"), 200);

        assertThat(lastCall("/api/v1/result-units/equity").path()).endsWith("year=2031");
        assertThat(html).contains("href=\"/app/resultatenheter/ru-1\"")
                .contains("Eget kapital per verksamhetsområde 2031, kronor</span>: inga uppgifter att visa.")
                .contains("Inga uppgifter för året.").doesNotContain("<svg");
    }

    @Test
    void theReportingCalendarShowsWhatIsMissingAndTheMissingStatisticsAPageAtATime() throws Exception {
        GATEWAY.answer("GET /api/v1/reports/calendar/2026", 200, """
                {"year":2026,"today":"2026-11-29","items":[{"key":"2026:MONTH_10","report":"MONTH_10",
                  "label":"Månadsrapport oktober","financialYear":2026,"periodFrom":"2026-01","periodTo":"2026-10",
                  "dueOn":"2026-11-10","receivedBy":"KS","boards":[{"boardOrganisationId":"board-von",
                  "boardShortName":"VON","status":"MISSING","statusLabel":"Saknas"}],"missingFrom":[]}],
                 "missing":[{"board":{"organisationId":"board-von","shortName":"VON","name":"Vård- och omsorgsnämnden"},
                  "items":[{"key":"2026:MONTH_10","label":"Månadsrapport oktober","financialYear":2026,"dueOn":"2026-11-10"}]}]}""");
        GATEWAY.answer("GET /api/v1/reports/missing-submissions", 200, """
                {"content":[{"unitName":"Hemtjänst Centrum","providerOrganisationId":"provider-vallby-produktion",
                  "serviceAreaLabel":"Hemtjänst","boardOrganisationId":"board-von","period":"2026-09",
                  "dueOn":"2026-10-15","daysOverdue":45}],"page":0,"size":20,"totalElements":1,"totalPages":1}""");

        String html = page("/app/rapportering?ar=2026", as("ekonomi", "finance", "ks-klk"), 200);

        assertThat(lastCall("/api/v1/reports/missing-submissions").path()).contains("page=0").contains("size=20");
        assertThat(html).contains("Månadsrapport oktober (senast 2026-11-10)").contains("VON")
                .contains("Saknas").contains("Hemtjänst Centrum").contains("2026-09").contains(">45<");
    }

    @Test
    void whatTheReportingServiceRefusesARoleIsShownWithItsDetail() throws Exception {
        GATEWAY.answer("GET /api/v1/reports/calendar/2025", 403, """
                {"status":403,"detail":"Rapporteringskalendern är för nämnderna, KLK och ekonomi."}""");

        String html = page("/app/rapportering?ar=2025", as("produktion.styrelse", "production-board",
                "provider-vallby-produktion"), 403);

        assertThat(html).contains("Behörighet saknas").contains("Rapporteringskalendern är för nämnderna, KLK och ekonomi.");
    }

    private static final String COUNCIL_GOALS = """
            {"content":[{"mandatePeriod":"2023-2026","firstYear":2023,"lastYear":2026}],
             "page":0,"size":100,"totalElements":1,"totalPages":1}""";

    @Test
    void goalAttainmentDrawsEachIndicatorsActualAgainstItsTargetBesideTheTable() throws Exception {
        GATEWAY.answer("GET /api/v1/council-goals", 200, COUNCIL_GOALS);
        GATEWAY.answer("GET /api/v1/reports/goal-attainment/2023-2026/2025", 200, """
                {"mandatePeriod":"2023-2026","year":2025,"counts":{"indicators":2,"onTarget":1,"offTarget":0,
                  "noFigures":0,"noTarget":0,"notMeasured":1},"goalAreas":[{"goalArea":"SOCIAL","councilGoals":[
                  {"councilGoalId":"cg-1","number":1,"title":"Äldre ska kunna leva ett tryggt liv","boardGoals":[
                   {"boardGoalId":"bg-1","boardShortName":"VON","title":"Brukarna är nöjda med hemtjänsten",
                    "assessment":{"forecast":{"level":"PARTLY_MET","levelLabel":"Delvis uppfyllt"}},
                    "indicators":[
                     {"indicatorId":"i-1","name":"Andel brukare nöjda med hemtjänsten","unit":"procent",
                      "direction":"INCREASE","target":90,"actual":91.5,"status":"ON_TARGET","statusLabel":"Når målet"},
                     {"indicatorId":"i-2","name":"Andel fossilfria fordon","unit":"procent","direction":"INCREASE",
                      "target":null,"actual":null,"status":"NOT_MEASURED","statusLabel":"Mäts inte"}]}]}]}]}""");

        String html = page("/app/maluppfyllelse?mandatperiod=2023-2026&ar=2025",
                as("von.handlaggare", "orderer-official", "board-von"), 200);

        assertThat(html).contains("Social hållbarhet").contains("KF-mål 1: Äldre ska kunna leva ett tryggt liv")
                .contains("Delvis uppfyllt (prognos i augusti)").contains("91,5\u00a0%").contains("Når målet")
                .contains("<title id=\"indikator-i-1-titel\">Andel brukare nöjda med hemtjänsten: utfall mot mål 2025</title>")
                .doesNotContain("indikator-i-2-titel").contains("<option value=\"2025\" selected=\"selected\">2025</option>");
    }

    @Test
    void aMandatePeriodOrYearTheCouncilHasNoGoalsForIsSaidInSwedish() throws Exception {
        GATEWAY.answer("GET /api/v1/council-goals", 200, COUNCIL_GOALS);

        String period = page("/app/maluppfyllelse?mandatperiod=2019-2022", as("klk.analytiker", "council-analyst", "ks-klk"), 400);
        String year = page("/app/jamstalldhet?mandatperiod=2023-2026&ar=2027", as("klk.analytiker", "council-analyst", "ks-klk"), 400);

        assertThat(period).contains("Okänt värde &#39;2019-2022&#39; för mandatperiod");
        assertThat(year).contains("Året 2027 ingår inte i mandatperioden 2023-2026. Välj ett år mellan 2023 och 2026.");
    }

    @Test
    void theEqualityAnalysisDrawsWomenAndMenAndSaysWhichDifferencesMustBeExplained() throws Exception {
        GATEWAY.answer("GET /api/v1/council-goals", 200, COUNCIL_GOALS);
        GATEWAY.answer("GET /api/v1/reports/equality/2023-2026/2026", 200, """
                {"mandatePeriod":"2023-2026","year":2026,"thresholdPercent":10,"flagged":1,"rows":[
                 {"boardShortName":"VON","boardGoalTitle":"Brukarna är nöjda","indicatorName":"Andel nöjda","unit":"procent",
                  "actual":87,"gender":{"women":91,"men":79,"difference":12,"scale":"PERCENTAGE_POINTS","flagged":true},
                  "ageBands":null,"areas":null,"flagged":true,"explain":"Förklara skillnaden."},
                 {"boardShortName":"VON","boardGoalTitle":"Kontinuitet","indicatorName":"Antal personal","unit":"antal",
                  "actual":12,"gender":null,"ageBands":{"values":{"65-79":10,"80-89":13},"lowest":"65-79","highest":"80-89",
                  "difference":23.1,"scale":"PERCENT","flagged":false},"areas":null,"flagged":false}]}""");

        String html = page("/app/jamstalldhet?ar=2026", as("klk.analytiker", "council-analyst", "ks-klk"), 200);

        assertThat(html).contains("12 procentenheter").contains("Ja. Förklara skillnaden.")
                .contains("Ålder: lägst 65-79, högst 80-89, skillnad 23,1 procent")
                .contains("<title id=\"kon-0-titel\">Andel nöjda: kvinnor och män 2026</title>")
                .contains("Kvinnor (fylld stapel)").contains("Män (ofylld stapel)").doesNotContain("kon-1-titel");
    }
}
