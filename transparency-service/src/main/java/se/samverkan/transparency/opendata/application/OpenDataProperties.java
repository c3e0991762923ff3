package se.samverkan.transparency.opendata.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Pattern;

/**
 * Who publishes the open data and where. The defaults are placeholders for a local run: a
 * municipality sets its own name, contact address and public address, and registers its own OCDS
 * prefix with the Open Contracting Partnership before publishing.
 *
 * @param ocidPrefix    the OCDS prefix every {@code ocid} starts with ({@code ocds-} and six letters or digits);
 *                      {@code ocds-xxxxxx} is a placeholder, not a registered prefix
 * @param publisherName the organisation that publishes the data (a placeholder unless set)
 * @param contactEmail  where questions about the data go (a placeholder unless set)
 * @param baseUrl       the public address of the gateway, which the published links start with
 */
@Validated
@ConfigurationProperties("samverkan.open-data")
public record OpenDataProperties(
        @Pattern(regexp = "ocds-[a-z0-9]{6}", message = "ska vara ocds- följt av sex små bokstäver eller siffror")
        String ocidPrefix,
        String publisherName,
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+", message = "ska vara en e-postadress") String contactEmail,
        @Pattern(regexp = "https?://\\S+[^/]", message = "ska vara en http(s)-adress utan avslutande snedstreck")
        String baseUrl) {

    public static final String PLACEHOLDER_OCID_PREFIX = "ocds-xxxxxx";

    public OpenDataProperties {
        ocidPrefix = blank(ocidPrefix) ? PLACEHOLDER_OCID_PREFIX : ocidPrefix.strip();
        publisherName = blank(publisherName) ? "Kommunen" : publisherName.strip();
        contactEmail = blank(contactEmail) ? "oppna-data@kommunen.example" : contactEmail.strip();
        baseUrl = blank(baseUrl) ? "http://localhost:8080" : baseUrl.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
