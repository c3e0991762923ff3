package se.samverkan.apphost;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded server's H2 backend, answering a query that names one document by {@code _id}
 * and adds conditions ({@code {_id, version}} of an optimistic write, the outbox relay's
 * {@code {_id, $or: [lease...]}}) from the {@code _id} index instead of reading every document.
 *
 * <p>mongo-java-server (1.47) uses an index only when the query's keys are exactly the index's
 * keys, so each such conditional write read and deserialised the whole collection while holding
 * its lock: at tens of thousands of statistics submissions, every write took longer than the last
 * (the benchmark suite's load showed it; docs/benchmarks.md). Here the {@code _id} index finds
 * the candidate and the whole query is then matched against it, so the answer is the same as the
 * full scan's. Real MongoDB does this by itself; the services' queries do not change.
 *
 * <p>The data file is the stock backend's: the collections' maps keep the names
 * {@code H2Database} gives them ({@code databases.<db>.<collection>} and {@code meta.<...>}),
 * which {@code IdFirstH2BackendTest} checks by opening a file the stock backend wrote.
 */
final class IdFirstH2Backend extends H2Backend {

    IdFirstH2Backend(String fileName) {
        super(openStore(fileName));
    }

    /**
     * The store as {@code MVStore.open} makes it, with a larger page cache (16 MB by default: at
     * tens of thousands of submissions almost every write read its page back from the file) and
     * chunks compacted only when under half full (at the default 90 %, the background writer spent
     * about as long rewriting chunks as the server spent inserting). The file grows somewhat more.
     */
    private static MVStore openStore(String fileName) {
        return new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MEGABYTES).autoCompactFillRate(50).open();
    }

    static final int CACHE_MEGABYTES = 64;

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * An inner class on purpose: {@code H2Database}'s constructor opens the existing collections
     * before a subclass's own fields are set, while the reference to the enclosing backend (and so
     * its store) is set before any constructor runs.
     */
    private final class Database extends H2Database {

        Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new Collection(this, collectionName, options, namespace);
        }
    }

    private final class Collection extends H2Collection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options, String namespace) {
            super(database, collectionName, options, getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace), getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            String idField = getIdField();
            if (query.size() > 1 && query.containsKey(idField)) {
                Document byId = new Document(idField, query.get(idField));
                for (Index<Object> index : getIndexes()) {
                    if (isIdIndex(index, idField) && index.canHandle(byId)) {
                        // the candidates by _id, then the whole query matched against them
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        private static boolean isIdIndex(Index<Object> index, String idField) {
            return index.getKeys().size() == 1 && index.getKeys().stream().map(IndexKey::getKey)
                    .allMatch(idField::equals);
        }
    }
}
