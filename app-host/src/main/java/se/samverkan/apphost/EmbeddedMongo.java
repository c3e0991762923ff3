package se.samverkan.apphost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server in this process, keeping its data in one H2 MVStore file, so
 * a restart finds the data again. A clean stop writes everything; a hard kill can lose the
 * last second of writes (the store commits in the background about once a second).
 */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final int port;

    /** A server that keeps everything in memory and forgets it on close (tests). */
    static EmbeddedMongo startInMemory(int port) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, null, server.getLocalAddress().getPort());
    }

    private EmbeddedMongo(MongoServer server, H2Backend backend, int port) {
        this.server = server;
        this.backend = backend;
        this.port = port;
    }

    static EmbeddedMongo start(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        H2Backend backend;
        try {
            backend = new IdFirstH2Backend(file.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw new IllegalStateException("Kunde inte öppna databasfilen " + file + ". Kör Samverkan redan med samma "
                    + "datakatalog? (" + e.getMessage() + ")", e);
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("Kunde inte starta den inbäddade MongoDB-servern på 127.0.0.1:" + port
                    + " (används porten redan?): " + e.getMessage(), e);
        }
        return new EmbeddedMongo(server, backend, server.getLocalAddress().getPort());
    }

    int port() {
        return port;
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        if (backend != null) {
            backend.commit();
            backend.close();
        }
    }
}
