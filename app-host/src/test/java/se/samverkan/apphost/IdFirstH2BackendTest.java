package se.samverkan.apphost;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

class IdFirstH2BackendTest {

    @TempDir
    Path directory;

    @Test
    void aDataFileWrittenByTheStockBackendOpensWithEveryDocumentAndIndex() {
        String file = directory.resolve("samverkan.mv").toString();
        withServer(new H2Backend(file), collection -> {
            collection.createIndex(new Document("key", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 20; i++) {
                collection.insertOne(new Document("_id", "d" + i).append("key", "k" + i).append("version", 1));
            }
            return null;
        });

        withServer(new IdFirstH2Backend(file), collection -> {
            assertThat(collection.countDocuments()).isEqualTo(20);
            assertThat(collection.find(eq("_id", "d7")).first()).containsEntry("key", "k7");
            // the unique index came along: a second "k3" is refused
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> collection.insertOne(
                    new Document("_id", "x").append("key", "k3")))).hasMessageContaining("duplicate key");
            return null;
        });
    }

    @Test
    void anOptimisticWriteChangesTheDocumentOnlyAtTheVersionItRead() {
        withServer(new IdFirstH2Backend(directory.resolve("a.mv").toString()), collection -> {
            collection.insertOne(new Document("_id", "s1").append("version", 1).append("outbox", List.of()));
            collection.insertOne(new Document("_id", "s2").append("version", 1));

            assertThat(collection.updateOne(and(eq("_id", "s1"), eq("version", 1)),
                    Updates.combine(Updates.inc("version", 1), Updates.push("outbox", "e1"))).getMatchedCount())
                    .isEqualTo(1);
            // a second writer that read version 1 too is refused, and nothing else is touched
            assertThat(collection.updateOne(and(eq("_id", "s1"), eq("version", 1)), Updates.inc("version", 1))
                    .getMatchedCount()).isZero();
            assertThat(collection.find(eq("_id", "s1")).first()).containsEntry("version", 2)
                    .containsEntry("outbox", List.of("e1"));
            assertThat(collection.find(eq("_id", "s2")).first()).containsEntry("version", 1);
            return null;
        });
    }

    @Test
    void queriesNamingAnIdAndMoreAnswerAsTheStockServerDoes() {
        List<Function<MongoCollection<Document>, Object>> questions = List.of(
                // the outbox relay's claim: free, or its lease has run out
                c -> c.findOneAndUpdate(and(eq("_id", "d3"), or(exists("lease", false), lt("lease.until", 50))),
                        Updates.set("lease", new Document("owner", "me").append("until", 100)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)),
                c -> c.findOneAndUpdate(and(eq("_id", "d4"), or(exists("lease", false), lt("lease.until", 50))),
                        Updates.set("lease", new Document("owner", "me").append("until", 100)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)),
                c -> c.updateOne(and(eq("_id", "d5"), eq("lease.owner", "someone")), Updates.unset("lease"))
                        .getMatchedCount(),
                c -> c.find(and(in("_id", "d1", "d2", "d8", "nope"), gt("n", 1))).sort(Sorts.descending("n"))
                        .into(new ArrayList<>()),
                c -> c.find(and(gt("_id", "d5"), eq("n", 2))).into(new ArrayList<>()),
                c -> c.countDocuments(and(eq("_id", "d6"), eq("n", 99))),
                c -> c.countDocuments(and(eq("_id", "d6"), eq("n", 0))),
                c -> c.find(and(eq("_id", "missing"), eq("n", 1))).first());
        List<Object> stock = answers(new MemoryBackend(), questions);
        List<Object> idFirst = answers(new IdFirstH2Backend(directory.resolve("b.mv").toString()), questions);
        assertThat(idFirst).isEqualTo(stock);
        assertThat(stock.get(0)).isNotNull();
        assertThat(stock.get(1)).as("d4 holds a live lease").isNull();
    }

    private static List<Object> answers(MongoBackend backend, List<Function<MongoCollection<Document>, Object>> questions) {
        return withServer(backend, collection -> {
            for (int i = 0; i < 10; i++) {
                Document document = new Document("_id", "d" + i).append("n", i % 3);
                if (i == 4 || i == 5) {
                    document.append("lease", new Document("owner", "someone").append("until", 90));
                }
                collection.insertOne(document);
            }
            List<Object> answers = new ArrayList<>();
            questions.forEach(question -> answers.add(question.apply(collection)));
            answers.add(collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            return answers;
        });
    }

    private static <T> T withServer(MongoBackend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", 0);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                return work.apply(client.getDatabase("test").getCollection("documents"));
            }
        } finally {
            server.shutdown();
        }
    }
}
