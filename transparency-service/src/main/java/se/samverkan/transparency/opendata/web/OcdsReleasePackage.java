package se.samverkan.transparency.opendata.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.samverkan.contracts.producer.ServiceAreaCode;
import se.samverkan.transparency.opendata.application.ContractingProcesses.ContractingProcess;
import se.samverkan.transparency.opendata.application.ContractingProcesses.Report;
import se.samverkan.transparency.opendata.application.OpenDataProperties;
import se.samverkan.transparency.portal.domain.MeasureName;
import se.samverkan.transparency.portal.domain.OpenDataValue;
import se.samverkan.transparency.portal.domain.UnitStatistics;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;
import se.samverkan.transparency.publicagreement.domain.RequirementSummary;
import se.samverkan.transparency.publicprovider.domain.PublicProvider;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OCDS 1.1 release package of the agreements. Each agreement is one contracting process, its
 * {@code ocid} the configured prefix and the agreement's id; its one release carries the award and
 * the contract (and the tender as far as the agreement tells it: the route), the units' reported
 * statistics as implementation milestones of type {@code reporting}, and the figures reported as
 * metrics of the OCDS metrics extension. A figure that disclosure control withholds is left out.
 */
final class OcdsReleasePackage {

    static final String OCDS_VERSION = "1.1";
    static final String METRICS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json";
    static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private OcdsReleasePackage() {
    }

    static ObjectNode of(List<ContractingProcess> processes, OpenDataProperties properties, Instant published,
                         JsonMapper json) {
        ObjectNode pack = json.createObjectNode();
        pack.put("uri", properties.baseUrl() + OcdsController.PATH);
        pack.put("version", OCDS_VERSION);
        pack.putArray("extensions").add(METRICS_EXTENSION);
        pack.put("publishedDate", published.toString());
        ObjectNode publisher = pack.putObject("publisher");
        publisher.put("name", properties.publisherName());
        pack.put("license", CC0);
        ArrayNode releases = pack.putArray("releases");
        processes.forEach(process -> releases.add(release(process, properties, json)));
        return pack;
    }

    private static ObjectNode release(ContractingProcess process, OpenDataProperties properties, JsonMapper json) {
        PublicAgreement agreement = process.agreement();
        long version = Math.max(agreement.version(),
                agreement.terminated().map(PublicAgreement.Termination::version).orElse(0L));
        ObjectNode release = json.createObjectNode();
        release.put("ocid", properties.ocidPrefix() + "-" + agreement.agreementId());
        release.put("id", agreement.agreementId() + "-" + version);
        release.put("date", (agreement.updatedAt() == null ? Instant.EPOCH : agreement.updatedAt())
                .truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode tags = release.putArray("tag").add("award").add("contract");
        if (!process.reports().isEmpty()) {
            tags.add("implementation");
        }
        if (agreement.termination() != null) {
            tags.add("contractTermination");
        }
        release.put("initiationType", "tender");
        release.put("language", "sv");

        ObjectNode buyer = reference(json, boardPartyId(agreement), boardName(agreement));
        ObjectNode supplier = reference(json, agreement.providerId(),
                process.provider().map(PublicProvider::name).orElse(null));
        ArrayNode parties = release.putArray("parties");
        ObjectNode board = parties.addObject();
        board.setAll(buyer.deepCopy());
        board.putArray("roles").add("buyer").add("procuringEntity");
        ObjectNode provider = parties.addObject();
        provider.setAll(supplier.deepCopy());
        process.provider().filter(p -> p.organisationNumber() != null).ifPresent(p -> {
            ObjectNode identifier = provider.putObject("identifier");
            identifier.put("scheme", "SE-BLV");
            identifier.put("id", p.organisationNumber().replace("-", ""));
            identifier.put("legalName", p.name());
        });
        provider.putArray("roles").add("supplier");
        release.set("buyer", buyer.deepCopy());

        ObjectNode tender = release.putObject("tender");
        tender.put("id", agreement.agreementId() + "-tender");
        putIfPresent(tender, "title", agreement.title());
        if ("DIRECT_ORDER".equals(agreement.route())) {
            tender.put("procurementMethod", "direct");
        }
        tender.put("procurementMethodDetails", agreement.routeLabel());
        tender.put("mainProcurementCategory", "services");
        tender.set("procuringEntity", buyer.deepCopy());

        ObjectNode award = release.putArray("awards").addObject();
        String awardId = agreement.agreementId() + "-award";
        award.put("id", awardId);
        putIfPresent(award, "title", agreement.title());
        award.put("status", "active");
        if (agreement.signedOn() != null) {
            award.put("date", startOfDay(agreement.signedOn()));
        }
        award.putArray("suppliers").add(supplier.deepCopy());
        award.set("contractPeriod", period(json, agreement));

        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", agreement.agreementId());
        contract.put("awardID", awardId);
        putIfPresent(contract, "title", agreement.title());
        contract.put("description", description(agreement));
        contract.put("status", agreement.termination() != null ? "terminated" : "active");
        contract.set("period", period(json, agreement));
        if (agreement.signedOn() != null) {
            contract.put("dateSigned", startOfDay(agreement.signedOn()));
        }
        if (!process.reports().isEmpty()) {
            implementation(contract.putObject("implementation"), process, json);
        }
        return release;
    }

    /** Each report is a met reporting milestone; each reported measure a metric whose observations refer to it. */
    private static void implementation(ObjectNode implementation, ContractingProcess process, JsonMapper json) {
        ArrayNode milestones = implementation.putArray("milestones");
        Map<String, ObjectNode> metrics = new LinkedHashMap<>();
        for (Report report : process.reports()) {
            UnitStatistics statistics = report.statistics();
            String milestoneId = "statistik-" + statistics.unitId() + "-" + statistics.period();
            String milestoneTitle = "Statistik " + statistics.period() + ", "
                                    + (statistics.unitName() == null ? statistics.unitId() : statistics.unitName());
            ObjectNode milestone = milestones.addObject();
            milestone.put("id", milestoneId);
            milestone.put("title", milestoneTitle);
            milestone.put("type", "reporting");
            milestone.put("description", "Enhetens statistik för perioden har lämnats till nämnden.");
            String due = dayOrNull(statistics.periodEnd(), true);
            if (due != null) {
                milestone.put("dueDate", due);
            }
            milestone.put("status", "met");
            for (OpenDataValue value : report.values()) {
                for (OpenDataValue.GenderValue cell : value.values()) {
                    if (cell.status() != OpenDataValue.Status.SHOWN || cell.value() == null) {
                        continue;
                    }
                    ObjectNode metric = metrics.computeIfAbsent(value.kpi(), kpi -> metric(json, kpi,
                            process.measureNames().get(kpi)));
                    ObjectNode observation = ((ArrayNode) metric.get("observations")).addObject();
                    observation.put("id", statistics.unitId() + "-" + statistics.period() + "-" + cell.gender());
                    String start = dayOrNull(statistics.periodStart(), false);
                    String end = dayOrNull(statistics.periodEnd(), true);
                    if (start != null || end != null) {
                        ObjectNode period = observation.putObject("period");
                        if (start != null) {
                            period.put("startDate", start);
                        }
                        if (end != null) {
                            period.put("endDate", end);
                        }
                    }
                    observation.put("measure", cell.value());
                    ObjectNode dimensions = observation.putObject("dimensions");
                    dimensions.put("unitId", statistics.unitId());
                    if (statistics.unitName() != null) {
                        dimensions.put("unitName", statistics.unitName());
                    }
                    dimensions.put("gender", cell.gender());
                    if (cell.n() != null) {
                        observation.put("notes", "Antal personer som värdet bygger på: " + cell.n());
                    }
                    ObjectNode related = observation.putObject("relatedImplementationMilestone");
                    related.put("id", milestoneId);
                    related.put("title", milestoneTitle);
                }
            }
        }
        if (!metrics.isEmpty()) {
            ArrayNode list = implementation.putArray("metrics");
            metrics.values().forEach(list::add);
        }
    }

    private static ObjectNode metric(JsonMapper json, String kpi, MeasureName name) {
        ObjectNode metric = json.createObjectNode();
        metric.put("id", kpi);
        metric.put("title", name == null ? kpi : name.label());
        metric.putArray("observations");
        return metric;
    }

    private static String description(PublicAgreement agreement) {
        StringBuilder text = new StringBuilder(agreement.routeLabel()).append('.');
        if (agreement.serviceArea() != null) {
            text.append(" Verksamhetsområde: ").append(ServiceAreaCode.labelOf(agreement.serviceArea())).append('.');
        }
        if (agreement.annualValueSek() != null) {
            text.append(" Årligt värde: ").append(kronor(agreement.annualValueSek())).append(" kr.");
        }
        if (agreement.strategic()) {
            text.append(" Strategiskt avtal.");
        }
        RequirementSummary summary = agreement.requirementSummary();
        text.append(" Krav: ").append(summary.total());
        if (!summary.categories().isEmpty()) {
            text.append(" (");
            for (int i = 0; i < summary.categories().size(); i++) {
                RequirementSummary.CategoryCount category = summary.categories().get(i);
                text.append(i == 0 ? "" : "; ").append(category.label()).append(": ").append(category.count());
            }
            text.append(')');
        }
        text.append('.');
        agreement.terminated().ifPresent(termination -> {
            text.append(" Avslutat");
            if (termination.terminatedOn() != null) {
                text.append(' ').append(termination.terminatedOn());
            }
            if (termination.reason() != null && !termination.reason().isBlank()) {
                text.append(": ").append(termination.reason().strip());
            }
            text.append('.');
        });
        return text.toString();
    }

    private static ObjectNode period(JsonMapper json, PublicAgreement agreement) {
        ObjectNode period = json.createObjectNode();
        period.put("startDate", startOfDay(agreement.startsOn()));
        agreement.lastDay().ifPresent(last -> period.put("endDate", endOfDay(last)));
        return period;
    }

    private static ObjectNode reference(JsonMapper json, String id, String name) {
        ObjectNode reference = json.createObjectNode();
        reference.put("id", id);
        if (name != null) {
            reference.put("name", name);
        }
        return reference;
    }

    private static String boardPartyId(PublicAgreement agreement) {
        return agreement.boardId() != null ? agreement.boardId() : "board-of-" + agreement.agreementId();
    }

    /** The event names the board only by its ids; its organisation id is the most readable of them. */
    private static String boardName(PublicAgreement agreement) {
        return agreement.boardOrganisationId();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String kronor(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols).format(value);
    }

    private static String startOfDay(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay(SWEDEN).format(DATE_TIME);
    }

    private static String endOfDay(String isoDate) {
        return LocalDate.parse(isoDate).atTime(23, 59, 59).atZone(SWEDEN).format(DATE_TIME);
    }

    /** A statistics period's day, or null where the submission's date is not an ISO date. */
    private static String dayOrNull(String isoDate, boolean end) {
        try {
            return isoDate == null ? null : end ? endOfDay(isoDate) : startOfDay(isoDate);
        } catch (java.time.format.DateTimeParseException notAnIsoDate) {
            return null;
        }
    }
}
