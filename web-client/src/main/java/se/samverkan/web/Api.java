package se.samverkan.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The APIs through the gateway, called with the signed-in user's own access token (token relay):
 * the gateway and each service check it and decide by role and organisation, as for any other
 * client, so this client can show nothing the user could not fetch with curl.
 */
@Component
class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient rest;
    private final OAuth2AuthorizedClientRepository clients;

    Api(WebProperties properties, OAuth2AuthorizedClientRepository clients) {
        this.rest = RestClient.builder().baseUrl(properties.apiUri().toString())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
        this.clients = clients;
    }

    /** A read the page cannot do without: anything but 2xx becomes an {@link ApiProblem}. */
    JsonNode get(Function<UriBuilder, URI> uri) {
        Answer answer = send(rest.get().uri(uri));
        if (!answer.ok()) {
            throw new ApiProblem(answer);
        }
        return answer.body();
    }

    /**
     * A write: a 400 (with its errors, shown beside the fields) or a 409 (it exists already, or
     * changed meanwhile) comes back as an answer the form shows; other failures throw.
     */
    Answer post(String path, Object body, Object... variables) {
        Answer answer = send(rest.post().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body));
        if (!answer.ok() && answer.status() != HttpStatus.BAD_REQUEST.value()
                && answer.status() != HttpStatus.CONFLICT.value()) {
            throw new ApiProblem(answer);
        }
        return answer;
    }

    /** A file as the API answers it (content type and file name kept). */
    Download download(Function<UriBuilder, URI> uri) {
        return rest.get().uri(uri).headers(this::authorize).exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new ApiProblem(new Answer(response.getStatusCode().value(), parse(bytes)));
            }
            return new Download(response.getHeaders().getContentType(),
                    response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION), bytes);
        });
    }

    private Answer send(RestClient.RequestHeadersSpec<?> spec) {
        return spec.headers(this::authorize).accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) ->
                        new Answer(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    private void authorize(HttpHeaders headers) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(WebSecurity.REGISTRATION, user, request);
        if (client == null) {
            throw new SignInAgain();
        }
        headers.setBearerAuth(client.getAccessToken().getTokenValue());
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(bytes);
        } catch (RuntimeException notJson) {
            return JSON.missingNode();
        }
    }

    /** An API's answer: its status and its JSON body (a problem detail when it failed). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's {@code detail}, in Swedish, for the person. */
        String detail() {
            return body.path("detail").asString("Tjänsten svarade med status " + status + ".");
        }

        /** Field → message of every violation the API listed, to show beside each field. */
        Map<String, String> fieldErrors() {
            Map<String, String> errors = new LinkedHashMap<>();
            for (JsonNode error : body.path("errors")) {
                errors.merge(error.path("field").asString("body"), error.path("message").asString(""),
                        (first, next) -> first + " " + next);
            }
            return errors;
        }
    }

    record Download(MediaType contentType, String disposition, byte[] bytes) {
    }

    /** The API refused or failed: shown on the error page with its Swedish detail. */
    static final class ApiProblem extends RuntimeException {
        private final transient Answer answer;

        ApiProblem(Answer answer) {
            super("API answered " + answer.status());
            this.answer = answer;
        }

        Answer answer() {
            return answer;
        }
    }

    /** No token in the session any more: the user signs in again. */
    static final class SignInAgain extends RuntimeException {
        SignInAgain() {
            super("no authorized client in the session");
        }
    }
}
