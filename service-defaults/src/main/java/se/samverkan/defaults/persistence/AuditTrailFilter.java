package se.samverkan.defaults.persistence;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import se.samverkan.defaults.security.Caller;

/**
 * Writes every state-changing API request to the audit trail once it has been answered,
 * whatever the outcome, refusals included: who (the token's user and organisation, or
 * anonymous), what, when, the correlation id and the status.
 */
class AuditTrailFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;

    AuditTrailFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                audit.recordRequest(request.getAttribute(Caller.REQUEST_ATTRIBUTE) instanceof Caller caller ? caller
                        : Caller.ANONYMOUS, request.getMethod(), request.getRequestURI(), response.getStatus());
            } catch (RuntimeException e) {
                log.error("ALARM could not write the audit trail for {} {}", request.getMethod(),
                        request.getRequestURI(), e);
            }
        }
    }
}
