package se.samverkan.defaults.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.defaults.security.Role;

/** A plain HTTP client for a service under test, as any API client would call it. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String token;

    private ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** An anonymous client (a citizen on the public portal). */
    public static ApiClient onPort(int port) {
        return new ApiClient(URI.create("http://127.0.0.1:" + port), null);
    }

    public static ApiClient at(URI base) {
        return new ApiClient(base, null);
    }

    /** The same client, sending the bearer token. */
    public ApiClient withToken(String bearerToken) {
        return new ApiClient(base, bearerToken);
    }

    /** The same client, as a test user with the role acting for the organisation. */
    public ApiClient as(Role role, String organisation) {
        return withToken(TestIdentity.get().token(role.claim(), organisation));
    }

    public ApiClient anonymous() {
        return new ApiClient(base, null);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public JsonNode getJson(String path) {
        return json(get(path));
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
