package se.samverkan.deploymentchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** deploy/keycloak/samverkan-realm.json: roles, clients, token claims and demo users as the platform expects them. */
class KeycloakRealmTest {

    static final List<String> ROLES = List.of("orderer-official", "contract-manager", "provider-user",
            "production-board", "council-analyst", "finance", "administrator");

    /** user name → role and organisation. */
    static final Map<String, List<String>> DEMO_USERS = Map.of(
            "von.handlaggare", List.of("orderer-official", "board-von"),
            "von.avtal", List.of("contract-manager", "board-von"),
            "norr.utforare", List.of("provider-user", "provider-omsorgsgruppen-norr"),
            "produktion.styrelse", List.of("production-board", "provider-vallby-produktion"),
            "klk.analytiker", List.of("council-analyst", "ks-klk"),
            "ekonomi", List.of("finance", "ks-klk"),
            "admin", List.of("administrator", "ks-klk"));

    private static Map<String, Object> realm() {
        return Repo.loadMap(Repo.file("deploy/keycloak/samverkan-realm.json"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client(String clientId) {
        return ((List<Map<String, Object>>) realm().get("clients")).stream()
                .filter(c -> clientId.equals(c.get("clientId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRealmHasThePlatformsRoles() {
        Map<String, Object> realm = realm();
        assertThat(realm.get("realm")).isEqualTo("samverkan");
        assertThat(realm.get("enabled")).isEqualTo(true);
        List<Map<String, Object>> roles = (List<Map<String, Object>>) ((Map<String, Object>) realm.get("roles")).get("realm");
        assertThat(roles).extracting(r -> r.get("name")).containsExactlyInAnyOrderElementsOf(ROLES);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebClientIsPublicWithPkceAndRedirectsToTheGatewaysApp() {
        Map<String, Object> web = client("samverkan-web");
        assertThat(web.get("publicClient")).isEqualTo(true);
        assertThat(web.get("standardFlowEnabled")).isEqualTo(true);
        assertThat(web.get("implicitFlowEnabled")).isEqualTo(false);
        assertThat(web.get("directAccessGrantsEnabled")).as("no passwords through the client").isEqualTo(false);
        assertThat(((Map<String, Object>) web.get("attributes")).get("pkce.code.challenge.method")).isEqualTo("S256");
        assertThat((List<String>) web.get("redirectUris")).isNotEmpty().allMatch(uri -> uri.endsWith("/app/*"));
        assertThat(web).doesNotContainKey("secret");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWebClientsAddressesAreTheGatewayAsDockerComposePublishesIt() {
        // the web client builds its redirect URI from the browser's address of the gateway (which keeps the Host)
        Map<String, Object> services = (Map<String, Object>) Repo.loadMap(Repo.file("docker-compose.yml")).get("services");
        List<Object> ports = (List<Object>) ((Map<String, Object>) services.get("gateway")).get("ports");
        String[] mapping = String.valueOf(ports.get(0)).split(":");
        assertThat(mapping[mapping.length - 1]).as("the gateway's container port")
                .isEqualTo(String.valueOf(Deployables.byModule("gateway").port()));
        String gateway = "http://localhost:" + mapping[mapping.length - 2];
        Map<String, Object> web = client("samverkan-web");
        assertThat(web.get("rootUrl")).isEqualTo(gateway);
        assertThat((List<String>) web.get("redirectUris")).contains(gateway + "/app/*");
        assertThat((List<String>) web.get("webOrigins")).contains(gateway);
        assertThat(String.valueOf(((Map<String, Object>) web.get("attributes")).get("post.logout.redirect.uris")))
                .contains(gateway + "/app/*");
    }

    @Test
    void theServicesClientIsConfidentialWithServiceAccountsAndNoCommittedSecret() {
        Map<String, Object> services = client("samverkan-services");
        assertThat(services.get("publicClient")).isEqualTo(false);
        assertThat(services.get("serviceAccountsEnabled")).isEqualTo(true);
        assertThat(services.get("standardFlowEnabled")).isEqualTo(false);
        assertThat(services.get("clientAuthenticatorType")).isEqualTo("client-secret");
        assertThat(services).as("the secret is set after the import, never committed").doesNotContainKey("secret");
        assertThat(Repo.read(Repo.file("deploy/keycloak/samverkan-realm.json"))).doesNotContain("\"secret\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tokensCarryTheOrganisationAsOrgAndTheRealmRolesAsRoles() {
        for (String clientId : List.of("samverkan-web", "samverkan-services", "samverkan-cli")) {
            List<Map<String, Object>> mappers = (List<Map<String, Object>>) client(clientId).get("protocolMappers");
            Map<String, Object> org = mappers.stream()
                    .filter(m -> "oidc-usermodel-attribute-mapper".equals(m.get("protocolMapper"))).findFirst().orElseThrow();
            Map<String, Object> orgConfig = (Map<String, Object>) org.get("config");
            assertThat(orgConfig).containsEntry("user.attribute", "organisation").containsEntry("claim.name", "org")
                    .containsEntry("access.token.claim", "true");
            Map<String, Object> roles = mappers.stream()
                    .filter(m -> "oidc-usermodel-realm-role-mapper".equals(m.get("protocolMapper"))).findFirst().orElseThrow();
            assertThat((Map<String, Object>) roles.get("config")).containsEntry("claim.name", "roles")
                    .containsEntry("multivalued", "true").containsEntry("access.token.claim", "true");
            Map<String, Object> audience = mappers.stream()
                    .filter(m -> "oidc-audience-mapper".equals(m.get("protocolMapper"))).findFirst()
                    .orElseThrow(() -> new AssertionError(clientId + " puts no audience in its tokens"));
            assertThat((Map<String, Object>) audience.get("config"))
                    .as("the services accept only tokens meant for them (spring...jwt.audiences)")
                    .containsEntry("included.custom.audience", "samverkan-api").containsEntry("access.token.claim", "true");
        }
        // Keycloak 24+ keeps only attributes its user profile declares: organisation must be declared, editable by admins only
        Map<String, Object> components = (Map<String, Object>) realm().get("components");
        List<Map<String, Object>> profile = (List<Map<String, Object>>) components.get("org.keycloak.userprofile.UserProfileProvider");
        String config = ((List<String>) ((Map<String, Object>) profile.get(0).get("config")).get("kc.user.profile.config")).get(0);
        Map<String, Object> userProfile = (Map<String, Object>) Repo.yaml().load(config);
        Map<String, Object> organisation = ((List<Map<String, Object>>) userProfile.get("attributes")).stream()
                .filter(a -> "organisation".equals(a.get("name"))).findFirst().orElseThrow();
        assertThat((List<String>) ((Map<String, Object>) organisation.get("permissions")).get("edit")).containsExactly("admin");
    }

    @Test
    void theCommandLineClientIsPublicWithThePasswordGrantOnlyAndOffInProduction() {
        Map<String, Object> cli = client("samverkan-cli");
        assertThat(cli.get("publicClient")).isEqualTo(true);
        assertThat(cli.get("directAccessGrantsEnabled")).isEqualTo(true);
        assertThat(cli.get("standardFlowEnabled")).isEqualTo(false);
        assertThat(cli.get("serviceAccountsEnabled")).isEqualTo(false);
        assertThat(Repo.read(Repo.file("k8s/overlays/prod/kustomization.yaml")))
                .contains("path: /spec/realm/clients/2/clientId\n        value: samverkan-cli")
                .contains("path: /spec/realm/clients/2/enabled\n        value: false");
    }

    @Test
    void theReadmeNamesEveryDemoUserAndHowToGetAToken() {
        String readme = Repo.read(Repo.file("README.md"));
        DEMO_USERS.keySet().forEach(user -> assertThat(readme).as("README names demo user %s", user).contains(user));
        assertThat(readme).contains("client_id=samverkan-cli").contains("/realms/samverkan/protocol/openid-connect/token");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoUsersHaveTheirRoleAndOrganisation() {
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm().get("users");
        Map<String, Map<String, Object>> byName = users.stream()
                .collect(Collectors.toMap(u -> String.valueOf(u.get("username")), u -> u));
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(DEMO_USERS.keySet());
        DEMO_USERS.forEach((name, expected) -> {
            Map<String, Object> user = byName.get(name);
            assertThat((List<String>) user.get("realmRoles")).as("roles of %s", name).containsExactly(expected.get(0));
            assertThat((List<String>) ((Map<String, Object>) user.get("attributes")).get("organisation"))
                    .as("organisation of %s", name).containsExactly(expected.get(1));
            List<Map<String, Object>> credentials = (List<Map<String, Object>>) user.get("credentials");
            assertThat(credentials).as("demo password of %s (documented: password = user name)", name)
                    .singleElement().satisfies(c -> {
                        assertThat(c.get("type")).isEqualTo("password");
                        assertThat(c.get("value")).isEqualTo(name);
                    });
        });
    }
}
