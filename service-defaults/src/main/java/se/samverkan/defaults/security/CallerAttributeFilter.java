package se.samverkan.defaults.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Leaves the authenticated caller on the request, so filters outside the security chain (the
 * audit trail) know who it was even when the request was refused.
 */
class CallerAttributeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(Caller.REQUEST_ATTRIBUTE, Callers.current());
        chain.doFilter(request, response);
    }
}
