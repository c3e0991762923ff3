package se.samverkan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * People sign in at the identity provider (OpenID Connect authorization code with PKCE, S256)
 * and get a session here; the session holds their access token, which every API call carries
 * (see {@link Api}). Only the style sheet, the signed-out page and the health probes are open.
 * Forms carry a CSRF token. Every page lives under {@code /app}, the gateway's route here.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    static final String REGISTRATION = "samverkan";
    static final String AUTHORIZATION_BASE = "/app/oauth2/authorization";

    @Bean
    SecurityFilterChain webSecurityChain(HttpSecurity http, ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE);
        // public clients get PKCE anyway; this makes it explicit and independent of the client type
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/app/resurser/**", "/app/utloggad", "/actuator/health",
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri("/app/login/oauth2/code/*"))
                        .loginProcessingUrl("/app/login/oauth2/code/*")
                        .defaultSuccessUrl("/app/", false))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(AUTHORIZATION_BASE + "/" + REGISTRATION)))
                .logout(logout -> logout
                        .logoutUrl("/app/logga-ut")
                        .logoutSuccessUrl("/app/utloggad")
                        .deleteCookies("SAMVERKAN_WEB"))
                .build();
    }
}
