package se.samverkan.defaults.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import se.samverkan.defaults.validation.Violation;

/**
 * Turns every error into an RFC 9457 problem detail: validation failures list every violated
 * field with its rule, unreadable JSON names the field where reading stopped, and an
 * unexpected failure says nothing about internals but gives the correlation id.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            violations.add(new Violation(error.getField(), rule(error), message(error)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error ->
                violations.add(new Violation(error.getObjectName(), rule(error), message(error))));
        return problem(Problems.validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Violation(result.getMethodParameter().getParameterName(),
                                rule(error), message(error))))
                .collect(Collectors.toList());
        return problem(Problems.validation(violations));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return problem(Problems.validation(List.of(new Violation(field, "type",
                "Värdet '" + ex.getValue() + "' för '" + field + "' har fel typ."))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String detail = "Fältet '" + field + "' har ett värde av fel typ eller form.";
            return problem(Problems.malformed(detail, List.of(new Violation(field, "type", detail))));
        }
        if (cause instanceof JacksonException) {
            String detail = "Begärans innehåll är inte giltig JSON: " + ((JacksonException) cause).getOriginalMessage();
            return problem(Problems.malformed(detail, List.of(new Violation("body", "json", detail))));
        }
        String detail = "Begärans innehåll saknas eller kunde inte läsas som JSON.";
        return problem(Problems.malformed(detail, List.of(new Violation("body", "json", detail))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        String correlationId = CorrelationId.current();
        log.error("Unexpected failure handling request (correlation id {})", correlationId, ex);
        return problem(Problems.internal(correlationId));
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String rule(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        String code = codes != null && codes.length > 0 ? codes[codes.length - 1] : "invalid";
        return kebab(code);
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "Ogiltigt värde.";
    }

    private static String kebab(String code) {
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
