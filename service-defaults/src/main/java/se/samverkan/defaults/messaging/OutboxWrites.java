package se.samverkan.defaults.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Tells this instance's outbox relay which documents were just written with new outbox entries,
 * so it publishes them at once by {@code _id} instead of finding them by reading the collection.
 *
 * <p>A MongoDB driver command listener: an {@code insert} of a document with a non-empty
 * {@code outbox}, an {@code update} or {@code findAndModify} that pushes to {@code outbox} or
 * replaces a document with a non-empty one, on an outbox collection and naming its document by
 * {@code _id}, becomes a hint once the server answered it without error. Only a hint: a write it
 * does not see (another instance's, a crash between the write and the hint, a query not by
 * {@code _id}) is found by the relay's periodic sweep as before, so nothing depends on it.
 */
final class OutboxWrites implements CommandListener {

    /** One document that may hold new outbox entries. */
    record Hint(String collection, BsonValue id) {
    }

    /** At most this many hints wait (about a megabyte); beyond it the sweep finds the documents. */
    private static final int MAX_WAITING = 10_000;

    private final Set<String> collections;
    private final Map<Integer, List<Hint>> inFlight = new ConcurrentHashMap<>();
    private final BlockingQueue<Hint> hints = new LinkedBlockingQueue<>(MAX_WAITING);

    OutboxWrites(List<Outbox.Collection> collections) {
        this.collections = Set.copyOf(collections.stream().map(Outbox.Collection::name).toList());
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!"insert".equals(name) && !"update".equals(name) && !"findAndModify".equals(name)) {
            return;
        }
        BsonDocument command = event.getCommand();
        BsonValue collection = command.get(name);
        if (collection == null || !collection.isString() || !collections.contains(collection.asString().getValue())) {
            return;
        }
        List<Hint> found = new ArrayList<>();
        String collectionName = collection.asString().getValue();
        switch (name) {
            case "insert" -> command.getArray("documents", new org.bson.BsonArray()).forEach(document -> {
                if (document.isDocument() && hasEntries(document.asDocument())) {
                    add(found, collectionName, document.asDocument().get("_id"));
                }
            });
            case "update" -> command.getArray("updates", new org.bson.BsonArray()).forEach(update -> {
                if (update.isDocument() && addsEntries(update.asDocument().get("u"))) {
                    add(found, collectionName, idOf(update.asDocument().get("q")));
                }
            });
            default -> {
                if (addsEntries(command.get("update"))) {
                    add(found, collectionName, idOf(command.get("query")));
                }
            }
        }
        if (!found.isEmpty()) {
            inFlight.put(event.getRequestId(), found);
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        List<Hint> written = inFlight.remove(event.getRequestId());
        if (written != null && !hasWriteErrors(event.getResponse())) {
            // a full queue only drops hints: the sweep finds those documents
            written.forEach(hints::offer);
        }
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        inFlight.remove(event.getRequestId());
    }

    /** Waits up to {@code timeout} for the first hint, then takes up to {@code max} that are waiting. */
    List<Hint> await(long timeout, TimeUnit unit, int max) throws InterruptedException {
        Hint first = hints.poll(timeout, unit);
        if (first == null) {
            return List.of();
        }
        List<Hint> taken = new ArrayList<>();
        taken.add(first);
        hints.drainTo(taken, max - 1);
        return taken;
    }

    private static boolean hasWriteErrors(BsonDocument response) {
        return response != null && response.containsKey("writeErrors")
                && !response.getArray("writeErrors").isEmpty();
    }

    private static boolean hasEntries(BsonDocument document) {
        BsonValue outbox = document.get(OutboxRelay.OUTBOX_FIELD);
        return outbox != null && outbox.isArray() && !outbox.asArray().isEmpty();
    }

    /** A pipeline update or one without {@code $push: {outbox}} adds nothing the hint could tell. */
    private static boolean addsEntries(BsonValue update) {
        if (update == null || !update.isDocument()) {
            return false;
        }
        BsonDocument document = update.asDocument();
        BsonValue push = document.get("$push");
        if (push != null) {
            return push.isDocument() && push.asDocument().containsKey(OutboxRelay.OUTBOX_FIELD);
        }
        // a replacement (save): no operators, the whole document
        return document.keySet().stream().noneMatch(key -> key.startsWith("$")) && hasEntries(document);
    }

    /** The {@code _id} the filter names with a plain value (at its top or in a top {@code $and}), else null. */
    private static BsonValue idOf(BsonValue filter) {
        if (filter == null || !filter.isDocument()) {
            return null;
        }
        BsonDocument document = filter.asDocument();
        BsonValue id = document.get("_id");
        if (id == null && document.get("$and") != null && document.get("$and").isArray()) {
            id = document.getArray("$and").stream().filter(BsonValue::isDocument)
                    .map(term -> term.asDocument().get("_id")).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (id == null || (id.isDocument() && id.asDocument().keySet().stream().anyMatch(k -> k.startsWith("$")))) {
            return null;
        }
        return id;
    }

    private static void add(List<Hint> found, String collection, BsonValue id) {
        if (id != null) {
            found.add(new Hint(collection, id));
        }
    }
}
