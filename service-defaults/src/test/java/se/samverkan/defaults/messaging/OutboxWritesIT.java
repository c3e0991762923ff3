package se.samverkan.defaults.messaging;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;

import se.samverkan.defaults.testing.TestInfrastructure;

/** Which writes, as the driver sends them to a real server, become hints for the outbox relay. */
class OutboxWritesIT {

    private final OutboxWrites writes = new OutboxWrites(List.of(new Outbox.Collection("widgets")));
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void connect() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(TestInfrastructure.mongoUri()))
                .addCommandListener(writes).build());
        database = client.getDatabase("outbox-writes-" + UUID.randomUUID());
    }

    @AfterEach
    void disconnect() {
        database.drop();
        client.close();
    }

    @Test
    void aDocumentInsertedOrReplacedWithOutboxEntriesIsHintedByItsId() throws InterruptedException {
        MongoCollection<Document> widgets = database.getCollection("widgets");
        widgets.insertMany(List.of(new Document("_id", "w1").append("outbox", List.of(new Document("eventId", "e1"))),
                new Document("_id", "w2").append("outbox", List.of()),
                new Document("_id", "w3")));
        widgets.replaceOne(eq("_id", "w3"), new Document("_id", "w3").append("outbox",
                List.of(new Document("eventId", "e3"))));

        assertThat(hinted()).containsExactly("w1", "w3");
    }

    @Test
    void aConditionalUpdateOrFindAndModifyPushingToTheOutboxIsHintedByItsId() throws InterruptedException {
        MongoCollection<Document> widgets = database.getCollection("widgets");
        widgets.insertOne(new Document("_id", "w1").append("version", 1));
        hinted();

        widgets.updateOne(and(eq("_id", "w1"), eq("version", 1)),
                Updates.combine(Updates.inc("version", 1), Updates.push("outbox", new Document("eventId", "e1"))));
        widgets.findOneAndUpdate(eq("_id", "w1"), Updates.push("outbox", new Document("eventId", "e2")));
        widgets.updateOne(eq("_id", "w1"), Updates.set("name", "no event"));
        widgets.updateMany(in("_id", "w1", "w2"), Updates.push("outbox", new Document("eventId", "e3")));

        assertThat(hinted()).as("not the update without events, nor one naming no single _id")
                .containsExactly("w1", "w1");
    }

    @Test
    void aRefusedWriteAndOtherCollectionsGiveNoHint() throws InterruptedException {
        MongoCollection<Document> widgets = database.getCollection("widgets");
        widgets.insertOne(new Document("_id", "w1").append("outbox", List.of(new Document("eventId", "e1"))));
        hinted();

        Throwable duplicate = catchThrowable(() -> widgets.insertOne(new Document("_id", "w1")
                .append("outbox", List.of(new Document("eventId", "e2")))));
        database.getCollection("gadgets").insertOne(new Document("_id", "g1")
                .append("outbox", List.of(new Document("eventId", "e3"))));

        assertThat(duplicate).hasMessageContaining("duplicate key");
        assertThat(hinted()).isEmpty();
    }

    private List<String> hinted() throws InterruptedException {
        return writes.await(100, TimeUnit.MILLISECONDS, 100).stream()
                .peek(hint -> assertThat(hint.collection()).isEqualTo("widgets"))
                .map(hint -> ((BsonString) hint.id()).getValue()).toList();
    }
}
