package se.samverkan.gateway;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the gateway itself answers is an RFC 9457 problem detail in Swedish, like the
 * services' own: an unknown path, a service that does not answer, a timeout.
 */
@Component
@Order(-2)
class ProblemDetailErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailErrorHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Map<String, Object> problem = problemFor(error);
        problem.put("instance", exchange.getRequest().getPath().value());
        String correlationId = response.getHeaders().getFirst(CorrelationIdFilter.HEADER);
        if (correlationId != null) {
            problem.put("correlationId", correlationId);
        }
        response.setStatusCode(HttpStatusCode.valueOf((Integer) problem.get("status")));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    static Map<String, Object> problemFor(Throwable error) {
        if (causedBy(error, ConnectException.class)) {
            log.warn("A service did not answer: {}", error.toString());
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Tjänsten är inte tillgänglig",
                    "Tjänsten som hanterar den här adressen svarar inte just nu. Försök igen om en stund.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return problem(HttpStatus.GATEWAY_TIMEOUT, "timeout", "Tjänsten svarade inte i tid",
                    "Tjänsten som hanterar den här adressen svarade inte i tid. Försök igen om en stund.");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
            if (code == HttpStatus.NOT_FOUND) {
                return problem(code, "not-found", "Hittades inte",
                        "Det finns ingen tjänst på den här adressen. API:erna finns under /api/v1/.");
            }
            if (code == HttpStatus.CONTENT_TOO_LARGE) {
                return problem(code, "payload-too-large", "För stor begäran", status.getReason());
            }
            if (code == HttpStatus.TOO_MANY_REQUESTS) {
                return problem(code, "too-many-requests", "För många anrop", status.getReason());
            }
            if (code == HttpStatus.SERVICE_UNAVAILABLE) {
                return problem(code, "service-unavailable", "Tjänsten är inte tillgänglig", status.getReason());
            }
            HttpStatus resolved = code == null ? HttpStatus.INTERNAL_SERVER_ERROR : code;
            return problem(resolved, "http-" + resolved.value(), resolved.getReasonPhrase(),
                    status.getReason() == null ? resolved.getReasonPhrase() : status.getReason());
        }
        log.error("Unexpected gateway failure", error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internt fel",
                "Ett oväntat fel inträffade i gatewayen.");
    }

    private static Map<String, Object> problem(HttpStatus status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:samverkan:problem:" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
