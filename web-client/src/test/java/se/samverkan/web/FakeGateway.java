package se.samverkan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** Stands in for the gateway: canned answers per "METHOD path", and what it was sent. */
final class FakeGateway implements AutoCloseable {

    record Call(String method, String path, String authorization, String body) {
    }

    record Canned(int status, String contentType, String body, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();

    FakeGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            Canned canned = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Canned(404, "application/problem+json", "{\"status\":404,\"detail\":\"Finns inte.\"}", Map.of()));
            byte[] bytes = canned.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", canned.contentType());
            canned.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(canned.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    FakeGateway answer(String methodAndPath, int status, String json) {
        answers.put(methodAndPath, new Canned(status, status < 300 ? "application/json" : "application/problem+json",
                json, Map.of()));
        return this;
    }

    FakeGateway file(String methodAndPath, String contentType, String body, String disposition) {
        answers.put(methodAndPath, new Canned(200, contentType, body, Map.of("Content-Disposition", disposition)));
        return this;
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
