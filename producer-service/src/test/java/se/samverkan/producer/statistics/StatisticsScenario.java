package se.samverkan.producer.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventType;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.contracts.orderer.StatisticsSpecificationPublishedV1;
import se.samverkan.defaults.security.Role;
import se.samverkan.defaults.testing.ApiClient;
import se.samverkan.defaults.testing.TestData;
import se.samverkan.producer.statistics.application.OrdererEventsProjection;

/**
 * A provider with a home-care unit, a board's published home-care specification (the contract
 * example's measures) and the provider's signed agreement with the board: what a unit needs
 * before it can submit statistics.
 */
public final class StatisticsScenario {

    private static final AtomicInteger NUMBERS = new AtomicInteger(800_000);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public final String providerId;
    public final String providerOrganisation;
    public final String unitId;
    public final String boardId;
    public final String boardOrganisation;
    public final String agreementId = UUID.randomUUID().toString();
    public final String specificationId = UUID.randomUUID().toString();

    private StatisticsScenario(String providerId, String providerOrganisation, String unitId, String boardOrganisation) {
        this.providerId = providerId;
        this.providerOrganisation = providerOrganisation;
        this.unitId = unitId;
        this.boardId = UUID.randomUUID().toString();
        this.boardOrganisation = boardOrganisation;
    }

    /** Registers the provider and opens its unit through the API; nothing from the orderer yet. */
    public static StatisticsScenario provider(ApiClient api, String providerOrganisation, String boardOrganisation) {
        HttpResponse<String> created = api.as(Role.ADMINISTRATOR, "ks-klk").post("/api/v1/providers",
                "{\"name\":\"Utförare " + providerOrganisation + " " + NUMBERS.incrementAndGet()
                        + "\",\"legalForm\":\"AKTIEBOLAG\",\"organisationNumber\":\""
                        + TestData.organisationNumber(NUMBERS.incrementAndGet()) + "\",\"organisationId\":\""
                        + providerOrganisation + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String providerId = ApiClient.json(created).get("id").asString();
        HttpResponse<String> unit = api.as(Role.PROVIDER_USER, providerOrganisation).post("/api/v1/providers/"
                + providerId + "/units", "{\"name\":\"Hemtjänst Norr\",\"serviceArea\":\"HOME_CARE\","
                + "\"area\":\"Vallby norra\",\"openedOn\":\"2024-01-01\"}");
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
        return new StatisticsScenario(providerId, providerOrganisation, ApiClient.json(unit).get("id").asString(),
                boardOrganisation);
    }

    /** The provider, the board's specification valid from 2025 and an agreement from 2025, all applied. */
    public static StatisticsScenario ready(ApiClient api, OrdererEventsProjection projection,
                                          String providerOrganisation, String boardOrganisation) {
        StatisticsScenario scenario = provider(api, providerOrganisation, boardOrganisation);
        projection.onSpecificationPublished(scenario.specification(1, "2025-01-01"));
        projection.onAgreementSigned(scenario.signed("2025-01-01", null, 1));
        return scenario;
    }

    public EventEnvelope<StatisticsSpecificationPublishedV1> specification(int version, String validFrom) {
        StatisticsSpecificationPublishedV1 example = example(EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1);
        return envelope(EventTypes.STATISTICS_SPECIFICATION_PUBLISHED_V1, boardOrganisation,
                new StatisticsSpecificationPublishedV1(specificationId, boardId, boardOrganisation, "VON", "HOME_CARE",
                        version, validFrom, example.ageBands(), example.measures()));
    }

    public EventEnvelope<AgreementSignedV1> signed(String startsOn, String endsOn, long version) {
        return envelope(EventTypes.AGREEMENT_SIGNED_V1, boardOrganisation, new AgreementSignedV1(agreementId, boardId,
                boardOrganisation, providerId, providerOrganisation, "LOV", "HOME_CARE", "Hemtjänst enligt LOV",
                startsOn, endsOn, "1000000", false, true, null, List.of(), startsOn, version));
    }

    public EventEnvelope<AgreementTerminatedV1> terminated(String terminatedOn, long version) {
        return envelope(EventTypes.AGREEMENT_TERMINATED_V1, boardOrganisation, new AgreementTerminatedV1(agreementId,
                boardId, providerId, terminatedOn, "Utföraren har sagt upp avtalet.", version));
    }

    /** A complete, correct month for the example specification; {@code hours} is the total of performed hours. */
    public String month(String period, String hours) {
        return "{\"unitId\":\"" + unitId + "\",\"period\":\"" + period + "\",\"values\":["
                + "{\"measure\":\"HOME_CARE_HOURS_PERFORMED\",\"value\":" + hours + ",\"byGender\":{\"K\":1000,\"M\":"
                + new java.math.BigDecimal(hours).subtract(java.math.BigDecimal.valueOf(1000)).toPlainString()
                + ",\"T\":" + hours + "},\"byAgeBand\":{\"0-64\":100,\"65-79\":400,\"80-89\":800,\"90-\":450}},"
                + "{\"measure\":\"HOME_CARE_STAFF_FTE\",\"value\":14.2},"
                + "{\"measure\":\"HOME_CARE_HOURS_PER_FTE\",\"value\":129.6}]}";
    }

    /** Submits a correct month as the provider's user and answers the response. */
    public HttpResponse<String> submitMonth(ApiClient api, String period, String hours) {
        return api.as(Role.PROVIDER_USER, providerOrganisation).post("/api/v1/providers/" + providerId + "/statistics",
                month(period, hours));
    }

    private static <T> EventEnvelope<T> envelope(EventType<T> type, String organisation, T payload) {
        return EventEnvelope.of(type, Instant.now(), organisation, UUID.randomUUID().toString(), payload);
    }

    private static <T> T example(EventType<T> type) {
        try (InputStream in = StatisticsScenario.class.getResourceAsStream(type.exampleResource())) {
            return JSON.readValue(JSON.readTree(in).get("payload").toString(), type.payloadType());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
