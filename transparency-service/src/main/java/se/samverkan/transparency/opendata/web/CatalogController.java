package se.samverkan.transparency.opendata.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import se.samverkan.transparency.opendata.application.OpenDataProperties;
import tools.jackson.databind.json.JsonMapper;

/** The DCAT-AP-SE catalogue of every dataset this service publishes, for data portals to harvest. */
@RestController
class CatalogController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenDataProperties properties;

    CatalogController(OpenDataProperties properties) {
        this.properties = properties;
    }

    @GetMapping(value = DcatCatalog.PATH, produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> catalog(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return CachedAnswer.of(JSON.writeValueAsBytes(DcatCatalog.of(properties, JSON)), JSON_LD, ifNoneMatch, null);
    }
}
