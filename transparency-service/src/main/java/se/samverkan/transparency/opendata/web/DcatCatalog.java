package se.samverkan.transparency.opendata.web;

import java.util.List;

import se.samverkan.transparency.opendata.application.OpenDataProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of the open data this service publishes, as DCAT-AP-SE in JSON-LD: every dataset
 * with Swedish and English title and description, publisher, contact point, CC0 licence, themes
 * from the EU data-theme vocabulary, and each distribution's address, media type and file type.
 * A new open-data endpoint needs an entry here; a test fails until it has one.
 */
final class DcatCatalog {

    static final String PATH = "/api/v1/public/open-data/catalog.jsonld";
    static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";

    /** A distribution: where to get it, in which media type and EU file type; downloadable as a whole or not. */
    record Distribution(String path, String mediaType, String fileType, boolean download, String titleSv,
                        String titleEn, String conformsTo) {
    }

    record Dataset(String slug, String titleSv, String titleEn, String descriptionSv, String descriptionEn,
                   List<String> themes, List<String> keywordsSv, String conformsTo,
                   List<Distribution> distributions) {
    }

    static final List<Dataset> DATASETS = List.of(
            new Dataset("kvalitetsuppgifter", "Kvalitetsuppgifter per enhet", "Quality figures per provider unit",
                    "Varje utförarenhets rapporterade mått per period, totalt och för kvinnor och män, med antal "
                    + "personer bakom värdet. Värden som bygger på för få svar publiceras inte (röjandekontroll).",
                    "Each provider unit's reported measures per period, in total and for women and men, with the "
                    + "number of people behind each value. Values resting on too few answers are withheld.",
                    List.of("SOCI", "GOVE"), List.of("kvalitet", "uppföljning", "jämför service"), null, List.of(
                    new Distribution("/api/v1/public/open-data/values", "application/json", "JSON", true,
                            "Värden i Koladas form (JSON)", "Values in Kolada's shape (JSON)", null),
                    new Distribution("/api/v1/public/open-data/values.csv", "text/csv", "CSV", true,
                            "Värden som CSV för svensk Excel", "Values as CSV for Swedish Excel", null))),
            new Dataset("avtal-ocds", "Avtal med utförare (OCDS)", "Agreements with providers (OCDS)",
                    "Nämndernas avtal med utförare, vilken väg de tecknades (kundval, upphandling, direktbeställning, "
                    + "IOP), period och krav, med uppföljningen som milstolpar och rapporterade mått som metrics, "
                    + "enligt Open Contracting Data Standard 1.1.",
                    "The boards' agreements with providers, how they were made (choice system, tender, direct order, "
                    + "partnership), period and requirements, with follow-up as milestones and reported figures as "
                    + "metrics, in the Open Contracting Data Standard 1.1.",
                    List.of("GOVE", "ECON"), List.of("avtal", "upphandling", "OCDS"),
                    "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json", List.of(
                    new Distribution(OcdsController.PATH, "application/json", "JSON", true,
                            "OCDS-releasepaket (JSON)", "OCDS release package (JSON)",
                            "https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"))),
            new Dataset("utforare", "Utförare och enheter", "Providers and their units",
                    "Alla utförare, egen regi och privata, med driftform, organisationsnummer och enheter per "
                    + "verksamhetsområde, i bokstavsordning.",
                    "All providers, in-house and private, with legal form, organisation number and units per "
                    + "service area, in alphabetical order.",
                    List.of("GOVE", "SOCI"), List.of("utförare", "valfrihet"), null, List.of(
                    new Distribution("/api/v1/public/providers", "application/json", "JSON", false,
                            "Utförare, sida för sida (JSON)", "Providers, page by page (JSON)", null))));

    private DcatCatalog() {
    }

    static ObjectNode of(OpenDataProperties properties, JsonMapper json) {
        String base = properties.baseUrl();
        ObjectNode catalog = json.createObjectNode();
        ObjectNode context = catalog.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dcterms", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        catalog.put("@id", base + PATH);
        catalog.put("@type", "dcat:Catalog");
        texts(catalog, "dcterms:title", "Jämför service – öppna data", "Compare services – open data");
        texts(catalog, "dcterms:description",
                "Öppna data om kommunens utförare, deras avtal och kvalitet, för allmänhetens insyn. Fria att "
                + "använda (CC0).",
                "Open data on the municipality's providers, their agreements and quality, for public insight. "
                + "Free to use (CC0).");
        catalog.set("dcterms:publisher", publisher(properties, json));
        catalog.set("dcterms:license", id(json, CC0));
        catalog.putArray("dcterms:language").add(id(json,
                "http://publications.europa.eu/resource/authority/language/SWE"));
        catalog.set("foaf:homepage", id(json, base + "/jamfor"));
        ArrayNode datasets = catalog.putArray("dcat:dataset");
        for (Dataset dataset : DATASETS) {
            datasets.add(dataset(dataset, properties, json));
        }
        return catalog;
    }

    private static ObjectNode dataset(Dataset dataset, OpenDataProperties properties, JsonMapper json) {
        String base = properties.baseUrl();
        ObjectNode node = json.createObjectNode();
        node.put("@id", base + PATH + "#" + dataset.slug());
        node.put("@type", "dcat:Dataset");
        texts(node, "dcterms:title", dataset.titleSv(), dataset.titleEn());
        texts(node, "dcterms:description", dataset.descriptionSv(), dataset.descriptionEn());
        node.set("dcterms:publisher", publisher(properties, json));
        ObjectNode contact = node.putObject("dcat:contactPoint");
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", properties.publisherName());
        contact.set("vcard:hasEmail", id(json, "mailto:" + properties.contactEmail()));
        ArrayNode themes = node.putArray("dcat:theme");
        dataset.themes().forEach(theme -> themes.add(id(json, THEME + theme)));
        ArrayNode keywords = node.putArray("dcat:keyword");
        dataset.keywordsSv().forEach(keyword -> keywords.add(text(node, keyword, "sv")));
        node.set("dcterms:accessRights", id(json,
                "http://publications.europa.eu/resource/authority/access-right/PUBLIC"));
        if (dataset.conformsTo() != null) {
            node.putArray("dcterms:conformsTo").add(id(json, dataset.conformsTo()));
        }
        ArrayNode distributions = node.putArray("dcat:distribution");
        for (Distribution distribution : dataset.distributions()) {
            ObjectNode item = distributions.addObject();
            item.put("@type", "dcat:Distribution");
            texts(item, "dcterms:title", distribution.titleSv(), distribution.titleEn());
            item.set("dcat:accessURL", id(json, base + distribution.path()));
            if (distribution.download()) {
                item.set("dcat:downloadURL", id(json, base + distribution.path()));
            }
            item.set("dcat:mediaType", id(json, MEDIA_TYPE + distribution.mediaType()));
            item.set("dcterms:format", id(json, FILE_TYPE + distribution.fileType()));
            item.set("dcterms:license", id(json, CC0));
            if (distribution.conformsTo() != null) {
                item.putArray("dcterms:conformsTo").add(id(json, distribution.conformsTo()));
            }
        }
        return node;
    }

    private static ObjectNode publisher(OpenDataProperties properties, JsonMapper json) {
        ObjectNode publisher = json.createObjectNode();
        publisher.put("@type", "foaf:Agent");
        publisher.put("foaf:name", properties.publisherName());
        publisher.set("dcterms:type", id(json, "http://purl.org/adms/publishertype/LocalAuthority"));
        return publisher;
    }

    private static void texts(ObjectNode node, String field, String swedish, String english) {
        node.putArray(field).add(text(node, swedish, "sv")).add(text(node, english, "en"));
    }

    private static ObjectNode text(ObjectNode factory, String value, String language) {
        ObjectNode text = factory.objectNode();
        text.put("@value", value);
        text.put("@language", language);
        return text;
    }

    private static ObjectNode id(JsonMapper json, String iri) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iri);
        return node;
    }
}
