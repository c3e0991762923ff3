package se.samverkan.transparency.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.portal.application.MeasureNameStore;
import se.samverkan.transparency.portal.application.UnitStatisticsStore;
import se.samverkan.transparency.portal.domain.MeasureFigures;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import se.samverkan.transparency.publicagreement.application.PublicAgreementStore;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;
import se.samverkan.transparency.publicprovider.application.PublicProviderStore;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import se.samverkan.transparency.publicprovider.domain.PublicUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The agreements as OCDS open data: one release per agreement, the follow-up as milestones and the
 * figures as metrics, nothing disclosure control withholds, cacheable by ETag; and a release
 * package that validates against the OCDS 1.1.5 schema. The schema is not part of this repository
 * and no build here can download it: point {@code samverkan.ocds.schema-dir} (system property) or
 * {@code SAMVERKAN_OCDS_SCHEMA_DIR} at a directory holding OCDS 1.1.5's
 * {@code release-package-schema.json} and {@code release-schema.json} (from
 * standard.open-contracting.org/schema/1__1__5/) to run the two schema checks; without it they
 * report themselves skipped and say why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OcdsReleasesIT {

    private static final String OCDS = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final Path SCHEMA_DIR = schemaDir();
    private static final Schema RELEASE_PACKAGE = SCHEMA_DIR == null ? null
            : SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, registry -> registry.schemas(
                    uri -> uri.startsWith(OCDS) ? read(SCHEMA_DIR.resolve(uri.substring(OCDS.length()))) : null))
            .getSchema(SchemaLocation.of(OCDS + "release-package-schema.json"));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path schemaDir() {
        String configured = System.getProperty("samverkan.ocds.schema-dir", System.getenv("SAMVERKAN_OCDS_SCHEMA_DIR"));
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Path dir = Path.of(configured).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("release-package-schema.json"))
                || !Files.isRegularFile(dir.resolve("release-schema.json"))) {
            throw new IllegalStateException("samverkan.ocds.schema-dir " + dir + " lacks release-package-schema.json "
                    + "or release-schema.json of OCDS 1.1.5");
        }
        return dir;
    }

    private static void requireSchema() {
        if (RELEASE_PACKAGE == null) {
            System.out.println("SKIPPED: OCDS schema check: no OCDS 1.1.5 schema given (samverkan.ocds.schema-dir "
                    + "or SAMVERKAN_OCDS_SCHEMA_DIR); it is not in this repository and cannot be downloaded here");
        }
        assumeTrue(RELEASE_PACKAGE != null, "no OCDS 1.1.5 schema given (samverkan.ocds.schema-dir or "
                + "SAMVERKAN_OCDS_SCHEMA_DIR); it is not in this repository and cannot be downloaded here");
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PublicAgreementStore agreements;
    @Autowired
    PublicProviderStore providers;
    @Autowired
    UnitStatisticsStore statistics;
    @Autowired
    MeasureNameStore measureNames;
    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String privateProvider = UUID.randomUUID().toString();
    private final String inHouse = UUID.randomUUID().toString();
    private final String authorisation = UUID.randomUUID().toString();
    private final String directOrder = UUID.randomUUID().toString();

    @BeforeEach
    void agreementsProvidersAndFigures() {
        providers.saveIfNewer(new PublicProvider(privateProvider, "Omsorgsgruppen Norr AB", "AKTIEBOLAG", "556677-8899",
                List.of(), 1), "p-1");
        providers.addUnit(privateProvider, new PublicUnit("u-norr", "Hemtjänst Norr", "HOME_CARE", null, "2026-01-01"),
                "p-2");
        providers.saveIfNewer(new PublicProvider(inHouse, "Vallby kommuns produktion", "KOMMUNAL_EGENREGI", "212000-0000",
                List.of(), 1), "p-3");
        agreements.saveSignedIfNewer(agreement(authorisation, privateProvider, "LOV", null), "a-1");
        agreements.saveTerminationIfNewer(authorisation, "b-von", privateProvider,
                new PublicAgreement.Termination("2027-03-31", "Utföraren sade upp avtalet.", 3), "a-2");
        agreements.saveSignedIfNewer(agreement(directOrder, inHouse, "DIRECT_ORDER", "2027-12-31"), "a-3");
        statistics.saveIfNewer(new UnitStatistics("u-norr", privateProvider, "Hemtjänst Norr", "HOME_CARE", null,
                "2026", "2026-01-01", "2026-12-31", 1, List.of(
                new MeasureFigures("NOJD", "PERCENT", new BigDecimal("85.5"), Map.of(), 20, new BigDecimal("62")))), "s-1");
        statistics.saveIfNewer(new UnitStatistics("u-asen", inHouse, "Åsens hemtjänst", "HOME_CARE", null,
                "2026", "2026-01-01", "2026-12-31", 1, List.of(
                new MeasureFigures("NOJD", "PERCENT", new BigDecimal("40"), Map.of(), 3, new BigDecimal("10")))), "s-2");
        statistics.saveIfNewer(new UnitStatistics("u-norr", privateProvider, "Hemtjänst Norr", "HOME_CARE", null,
                "2028", "2028-01-01", "2028-12-31", 1, List.of(
                new MeasureFigures("NOJD", "PERCENT", new BigDecimal("90"), Map.of(), 25, null))), "s-3");
        measureNames.saveIfNewer("spec-von", "HOME_CARE", 1, List.of(new MeasureName("NOJD", "Andel nöjda brukare", "%")),
                "n-1");
    }

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theReleasePackageIsOcds11UnderCc0AndDeclaresTheMetricsExtension() throws Exception {
        HttpResponse<String> response = get(OcdsController.PATH, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode pack = json.readTree(response.body());
        assertThat(pack.get("version").asString()).isEqualTo("1.1");
        assertThat(pack.get("license").asString()).isEqualTo("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(pack.get("extensions").get(0).asString()).endsWith("/ocds_metrics_extension/master/extension.json");
        assertThat(pack.get("releases").size()).as("one release per agreement").isEqualTo(2);
        for (JsonNode release : pack.get("releases")) {
            assertThat(release.has("ocid") && release.has("id") && release.has("date") && release.has("tag")
                    && release.has("initiationType")).as("the fields every OCDS release must have").isTrue();
        }
    }

    @Test
    void theReleasePackageValidatesAgainstTheOcdsSchema() throws Exception {
        requireSchema();
        JsonNode pack = json.readTree(get(OcdsController.PATH, null).body());

        assertThat(errors(pack)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAReleaseWithoutItsOcid() throws Exception {
        requireSchema();
        JsonNode pack = json.readTree(get(OcdsController.PATH, null).body());
        ((ObjectNode) pack.get("releases").get(0)).remove("ocid");

        assertThat(errors(pack)).isNotEmpty();
    }

    @Test
    void eachReleaseCarriesTheAgreementAsAwardAndContractWithItsRouteAndTermination() throws Exception {
        JsonNode pack = json.readTree(get(OcdsController.PATH, null).body());

        JsonNode lov = release(pack, authorisation);
        assertThat(lov.get("ocid").asString()).isEqualTo("ocds-xxxxxx-" + authorisation);
        assertThat(lov.get("tag").valueStream().map(JsonNode::asString).toList())
                .containsExactly("award", "contract", "implementation", "contractTermination");
        assertThat(lov.get("tender").get("procurementMethodDetails").asString()).isEqualTo("Kundval (LOV)");
        JsonNode contract = lov.get("contracts").get(0);
        assertThat(contract.get("status").asString()).isEqualTo("terminated");
        assertThat(contract.get("period").get("endDate").asString()).isEqualTo("2027-03-31T23:59:59+02:00");
        assertThat(contract.get("description").asString()).contains("Grundläggande krav: kvalitet: 2", "Arbetsvillkor: 1",
                "Årligt värde: 14 500 000 kr");
        JsonNode supplier = lov.get("parties").get(1);
        assertThat(supplier.get("name").asString()).isEqualTo("Omsorgsgruppen Norr AB");
        assertThat(supplier.get("identifier").get("id").asString()).isEqualTo("5566778899");

        JsonNode direct = release(pack, directOrder);
        assertThat(direct.get("tender").get("procurementMethod").asString()).isEqualTo("direct");
        assertThat(direct.get("contracts").get(0).get("status").asString()).isEqualTo("active");
    }

    @Test
    void followUpIsAMilestoneAndTheFiguresMetricsButNothingDisclosureControlWithholdsOrOutsideThePeriod()
            throws Exception {
        JsonNode pack = json.readTree(get(OcdsController.PATH, null).body());

        JsonNode implementation = release(pack, authorisation).get("contracts").get(0).get("implementation");
        assertThat(implementation.get("milestones").size()).as("2028 falls after the termination").isEqualTo(1);
        JsonNode milestone = implementation.get("milestones").get(0);
        assertThat(milestone.get("type").asString()).isEqualTo("reporting");
        assertThat(milestone.get("status").asString()).isEqualTo("met");
        JsonNode metric = implementation.get("metrics").get(0);
        assertThat(metric.get("id").asString()).isEqualTo("NOJD");
        assertThat(metric.get("title").asString()).isEqualTo("Andel nöjda brukare (%)");
        JsonNode observation = metric.get("observations").get(0);
        assertThat(observation.get("measure").decimalValue()).isEqualByComparingTo("85.5");
        assertThat(observation.get("dimensions").get("gender").asString()).isEqualTo("T");
        assertThat(observation.get("relatedImplementationMilestone").get("id").asString())
                .isEqualTo(milestone.get("id").asString());

        JsonNode inHouseContract = release(pack, directOrder).get("contracts").get(0);
        assertThat(inHouseContract.get("implementation").get("milestones").size()).isEqualTo(1);
        assertThat(inHouseContract.get("implementation").has("metrics"))
                .as("a figure resting on three answers is not published").isFalse();
        assertThat(get(OcdsController.PATH, null).body()).doesNotContain("\"measure\":40");
    }

    @Test
    void aClientWithTheCurrentPackageGetsNotModifiedAndTheLastChangeIsTold() {
        HttpResponse<String> first = get(OcdsController.PATH, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        HttpResponse<String> again = get(OcdsController.PATH, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        agreements.saveSignedIfNewer(agreement(UUID.randomUUID().toString(), inHouse, "IOP", null), "a-9");
        assertThat(get(OcdsController.PATH, etag).statusCode()).as("a new agreement changes the package").isEqualTo(200);
    }

    @Test
    void withoutAnyAgreementThereIsNoPackageToPublishAndTheProblemSaysSoInSwedish() {
        mongo.getDb().drop();

        HttpResponse<String> response = get(OcdsController.PATH, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Inga avtal har publicerats ännu");
    }

    private List<String> errors(JsonNode pack) {
        List<String> messages = new ArrayList<>();
        for (Error error : RELEASE_PACKAGE.validate(pack,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
            messages.add(error.getInstanceLocation() + " " + error.getMessage());
        }
        return messages;
    }

    private static JsonNode release(JsonNode pack, String agreementId) {
        for (JsonNode release : pack.get("releases")) {
            if (release.get("ocid").asString().endsWith(agreementId)) {
                return release;
            }
        }
        throw new AssertionError("no release of " + agreementId);
    }

    private static PublicAgreement agreement(String id, String providerId, String route, String endsOn) {
        return new PublicAgreement(id, "b-von", "board-von", providerId, route, "HOME_CARE", "Hemtjänst " + route,
                "2026-01-01", endsOn, new BigDecimal("14500000"), true, !"DIRECT_ORDER".equals(route), List.of(
                new PublicAgreement.Requirement("r-1", "BASIC_QUALITY", "Fast kontaktperson.", "USER_SURVEY"),
                new PublicAgreement.Requirement("r-2", "BASIC_QUALITY", "Genomförandeplan.", "DOCUMENT_REVIEW"),
                new PublicAgreement.Requirement("r-3", "LABOUR_CONDITIONS", "Kollektivavtalsenliga villkor.", "VISIT")),
                "2025-12-01", 1, null, null);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
