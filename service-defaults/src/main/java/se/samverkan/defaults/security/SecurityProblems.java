package se.samverkan.defaults.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import se.samverkan.defaults.web.Problems;

/** 401 and 403 as problem details, like every other error; 401 also says how to authenticate. */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenGiven
                ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid or has expired\""
                : "Bearer");
        write(response, Problems.unauthenticated(tokenGiven), request);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(response, Problems.forbidden(), request);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem, HttpServletRequest request)
            throws IOException {
        Problems.write(request, response, problem);
    }
}
