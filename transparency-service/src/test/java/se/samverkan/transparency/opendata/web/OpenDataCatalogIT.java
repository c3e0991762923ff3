package se.samverkan.transparency.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.opendata.application.OpenDataProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The DCAT-AP-SE catalogue describes every dataset the service publishes, and nothing it does not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataCatalogIT {

    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    OpenDataProperties properties;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPublicDatasetEndpointTheServiceMapsIsADistributionInTheCatalogueAndEveryDistributionIsMapped() {
        JsonNode catalog = catalog();
        Set<String> described = new TreeSet<>();
        for (JsonNode dataset : catalog.get("dcat:dataset")) {
            for (JsonNode distribution : dataset.get("dcat:distribution")) {
                described.add(distribution.get("dcat:accessURL").get("@id").asString()
                        .substring(properties.baseUrl().length()));
            }
        }

        assertThat(described).isEqualTo(publicDatasetEndpoints());
    }

    @Test
    void eachDatasetHasSwedishAndEnglishTextsPublisherContactThemesAndEachDistributionItsLicenceAndFormat() {
        JsonNode catalog = catalog();
        assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(languages(catalog.get("dcterms:title"))).containsExactlyInAnyOrder("sv", "en");
        assertThat(catalog.get("dcterms:license").get("@id").asString()).isEqualTo(CC0);

        for (JsonNode dataset : catalog.get("dcat:dataset")) {
            assertThat(dataset.get("@type").asString()).isEqualTo("dcat:Dataset");
            assertThat(languages(dataset.get("dcterms:title"))).containsExactlyInAnyOrder("sv", "en");
            assertThat(languages(dataset.get("dcterms:description"))).containsExactlyInAnyOrder("sv", "en");
            assertThat(dataset.get("dcterms:publisher").get("foaf:name").asString()).isEqualTo(properties.publisherName());
            assertThat(dataset.get("dcat:contactPoint").get("vcard:hasEmail").get("@id").asString()).startsWith("mailto:");
            assertThat(dataset.get("dcat:theme").get(0).get("@id").asString())
                    .startsWith("http://publications.europa.eu/resource/authority/data-theme/");
            for (JsonNode distribution : dataset.get("dcat:distribution")) {
                assertThat(distribution.get("dcterms:license").get("@id").asString()).isEqualTo(CC0);
                assertThat(distribution.get("dcat:mediaType").get("@id").asString())
                        .startsWith("https://www.iana.org/assignments/media-types/");
                assertThat(distribution.get("dcterms:format").get("@id").asString())
                        .startsWith("http://publications.europa.eu/resource/authority/file-type/");
            }
        }
    }

    @Test
    void theCatalogueIsJsonLdWithAnEtag() {
        HttpResponse<String> response = ApiClient.onPort(port).get(DcatCatalog.PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(json.readTree(response.body()).get("@context").get("dcat").asString())
                .isEqualTo("http://www.w3.org/ns/dcat#");
    }

    /** Every GET route under /api/v1/public/ that answers a whole collection, the catalogue itself aside. */
    private Set<String> publicDatasetEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/public/") && !pattern.contains("{")
                    && !pattern.equals(DcatCatalog.PATH)) {
                    endpoints.add(pattern);
                }
            }
        });
        assertThat(endpoints).as("the controllers' mappings were found").isNotEmpty();
        return endpoints;
    }

    private JsonNode catalog() {
        return json.readTree(ApiClient.onPort(port).get(DcatCatalog.PATH).body());
    }

    private static Set<String> languages(JsonNode texts) {
        Set<String> languages = new HashSet<>();
        texts.forEach(text -> {
            assertThat(text.get("@value").asString()).isNotBlank();
            languages.add(text.get("@language").asString());
        });
        return languages;
    }
}
