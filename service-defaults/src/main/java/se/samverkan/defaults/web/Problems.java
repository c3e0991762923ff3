package se.samverkan.defaults.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.defaults.validation.Violation;

/**
 * RFC 9457 problem details with stable type URIs and Swedish titles. Every error a service
 * returns is built here, so clients see one shape.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final String TYPE_PREFIX = "urn:samverkan:problem:";
    public static final URI VALIDATION = URI.create(TYPE_PREFIX + "validation");
    public static final URI MALFORMED = URI.create(TYPE_PREFIX + "malformed-request");
    public static final URI NOT_FOUND = URI.create(TYPE_PREFIX + "not-found");
    public static final URI CONFLICT = URI.create(TYPE_PREFIX + "conflict");
    public static final URI INTERNAL = URI.create(TYPE_PREFIX + "internal-error");
    public static final URI UNAUTHENTICATED = URI.create(TYPE_PREFIX + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(TYPE_PREFIX + "forbidden");
    public static final URI UNAVAILABLE = URI.create(TYPE_PREFIX + "service-unavailable");

    private Problems() {
    }

    public static ProblemDetail validation(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                violations.size() == 1
                        ? violations.get(0).message()
                        : "Begäran har " + violations.size() + " fel: "
                          + String.join(" ", violations.stream().map(Violation::message).toList()));
        problem.setType(VALIDATION);
        problem.setTitle("Ogiltig begäran");
        problem.setProperty("errors", violations);
        return problem;
    }

    public static ProblemDetail malformed(String detail, List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(MALFORMED);
        problem.setTitle("Felaktigt formaterad begäran");
        problem.setProperty("errors", violations);
        return problem;
    }

    public static ProblemDetail notFound(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setType(NOT_FOUND);
        problem.setTitle("Hittades inte");
        return problem;
    }

    public static ProblemDetail conflict(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(CONFLICT);
        problem.setTitle("Konflikt");
        return problem;
    }

    public static ProblemDetail unauthenticated(boolean tokenGiven) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, tokenGiven
                ? "Inloggningen är ogiltig eller har gått ut. Logga in igen och skicka den nya token."
                : "Logga in först: skicka en giltig token i Authorization-huvudet (Bearer).");
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("Inte inloggad");
        return problem;
    }

    public static ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Din roll får inte göra detta. Kontakta systemförvaltaren om du behöver behörigheten.");
        problem.setType(FORBIDDEN);
        problem.setTitle("Behörighet saknas");
        return problem;
    }

    public static ProblemDetail unavailable(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(UNAVAILABLE);
        problem.setTitle("Tjänsten är inte tillgänglig");
        return problem;
    }

    public static ProblemDetail internal(String correlationId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Ett oväntat fel inträffade. Inget sparades. Ange korrelations-id " + correlationId
                + " om du kontaktar supporten.");
        problem.setType(INTERNAL);
        problem.setTitle("Internt fel");
        return problem;
    }

    /**
     * Writes the problem as the response's {@code application/problem+json} body, its instance the
     * request's path: for answers given before Spring MVC's error handling is reached (filters,
     * Spring Security's entry points).
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
