package se.samverkan.transparency.publicagreement.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.samverkan.contracts.EventEnvelope;
import se.samverkan.contracts.EventTypes;
import se.samverkan.contracts.orderer.AgreementSignedV1;
import se.samverkan.contracts.orderer.AgreementTerminatedV1;
import se.samverkan.defaults.messaging.EventJson;
import se.samverkan.defaults.messaging.Topology;
import se.samverkan.defaults.testing.TestInfrastructure;
import se.samverkan.transparency.publicagreement.application.PublicAgreementQueries;
import se.samverkan.transparency.publicagreement.domain.PublicAgreement;

/** The public agreements are fed by orderer-service's events alone, whatever their order or number. */
@SpringBootTest
class PublicAgreementProjectionIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Topology topology;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PublicAgreementQueries agreements;

    @AfterEach
    void clean() {
        mongo.getDb().drop();
    }

    @Test
    void theGoldenSigningIsReadOnItsOwnQueueAndATerminationEndsIt() throws Exception {
        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), golden(EventTypes.AGREEMENT_SIGNED_V1.exampleResource()));
        publish(EventTypes.AGREEMENT_TERMINATED_V1.name(), golden(EventTypes.AGREEMENT_TERMINATED_V1.exampleResource()));

        PublicAgreement agreement = await().atMost(Duration.ofSeconds(10)).until(
                () -> agreements.ofProvider("6f1c3e2a-9d4b-4e0f-8a51-2b7c9d0e1f23").stream().findFirst()
                        .filter(found -> found.termination() != null).orElse(null), java.util.Objects::nonNull);
        assertThat(agreement.route()).isEqualTo("LOV");
        assertThat(agreement.boardOrganisationId()).isEqualTo("board-von");
        assertThat(agreement.annualValueSek()).isEqualByComparingTo("14500000");
        assertThat(agreement.requirements()).extracting(PublicAgreement.Requirement::category)
                .containsExactly("BASIC_QUALITY");
        assertThat(agreement.lastDay()).contains("2027-03-31");
        assertThat(topology.queue("public-agreements")).endsWith(".transparency-service.public-agreements");
    }

    @Test
    void aTerminationThatOvertakesItsSigningIsKeptAndTheAgreementShownEndedOnceTheSigningArrives() {
        String agreementId = UUID.randomUUID().toString();
        String providerId = UUID.randomUUID().toString();
        publish(EventTypes.AGREEMENT_TERMINATED_V1.name(), terminated(agreementId, providerId, 3));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("public_agreements").countDocuments() == 1);
        assertThat(agreements.ofProvider(providerId)).as("not shown before its signing arrived").isEmpty();

        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), signed(agreementId, providerId, "Hemtjänst", 1));

        PublicAgreement agreement = await().atMost(Duration.ofSeconds(10)).until(
                () -> agreements.ofProvider(providerId).stream().findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(agreement.termination()).isNotNull();
        assertThat(agreement.termination().terminatedOn()).isEqualTo("2027-03-31");
        assertThat(agreement.title()).isEqualTo("Hemtjänst");
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnceAndAnOlderSigningNeverOverwritesANewerOne() {
        String agreementId = UUID.randomUUID().toString();
        String providerId = UUID.randomUUID().toString();
        byte[] newer = signed(agreementId, providerId, "Nyare titel", 4);
        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), newer);
        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), newer);
        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), signed(agreementId, providerId, "Äldre titel", 2));
        byte[] termination = terminated(agreementId, providerId, 5);
        publish(EventTypes.AGREEMENT_TERMINATED_V1.name(), termination);
        publish(EventTypes.AGREEMENT_TERMINATED_V1.name(), termination);
        // one consumer takes the queue in order: once this later agreement is there, everything before was seen
        String marker = UUID.randomUUID().toString();
        publish(EventTypes.AGREEMENT_SIGNED_V1.name(), signed(marker, providerId, "Markör", 1));

        await().atMost(Duration.ofSeconds(15)).until(() -> agreements.ofProvider(providerId).size() == 2);
        PublicAgreement agreement = agreements.ofProvider(providerId).stream()
                .filter(found -> found.agreementId().equals(agreementId)).findFirst().orElseThrow();
        assertThat(agreement.title()).isEqualTo("Nyare titel");
        assertThat(agreement.version()).isEqualTo(4);
        assertThat(agreement.termination().version()).isEqualTo(5);
        Document stored = mongo.getCollection("public_agreements").find(new Document("_id", agreementId)).first();
        assertThat(stored.getList("processedEventIds", String.class)).as("each applied event recorded once").hasSize(2);
    }

    private static byte[] signed(String agreementId, String providerId, String title, long version) {
        return EventJson.write(EventEnvelope.of(EventTypes.AGREEMENT_SIGNED_V1, Instant.now(), "board-von", "test",
                new AgreementSignedV1(agreementId, "b-von", "board-von", providerId, null, "LOU", "HOME_CARE", title,
                        "2026-01-01", "2028-12-31", "1000000", false, true, null, List.of(
                        new AgreementSignedV1.RequirementV1(UUID.randomUUID().toString(), "BASIC_QUALITY",
                                "Fast kontaktperson.", "USER_SURVEY")), "2025-12-01", version)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] terminated(String agreementId, String providerId, long version) {
        return EventJson.write(EventEnvelope.of(EventTypes.AGREEMENT_TERMINATED_V1, Instant.now(), "board-von", "test",
                new AgreementTerminatedV1(agreementId, "b-von", providerId, "2027-03-31", "Uppsagt av utföraren.",
                        version))).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] golden(String resource) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private void publish(String type, byte[] body) {
        Message message = MessageBuilder.withBody(body).setContentType("application/json").build();
        rabbit.send(topology.exchangeOf(EventTypes.ORDERER_SERVICE), type, message);
    }
}
