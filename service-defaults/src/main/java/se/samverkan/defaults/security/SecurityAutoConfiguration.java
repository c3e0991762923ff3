package se.samverkan.defaults.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token itself (signature
 * against the identity provider's keys, issuer, audience, expiry), whatever the gateway did.
 * Health, info and metrics are open for probes and scraping, the OpenAPI description for readers; the admin APIs need the
 * administrator role; every other route needs a rule in the service's {@link AccessRules}, or
 * it is refused.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityAutoConfiguration {

    @Bean
    SecurityFilterChain samverkanSecurityFilterChain(HttpSecurity http, ObjectProvider<AccessRules> serviceRules)
            throws Exception {
        List<AccessRules> rules = serviceRules.orderedStream().toList();
        SecurityProblems problems = new SecurityProblems();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(Callers.tokenConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new CallerAttributeFilter(), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(routes -> {
                    routes.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll();
                    routes.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    routes.requestMatchers("/error").permitAll();
                    routes.requestMatchers("/actuator/**", "/api/v1/admin/**")
                            .hasRole(Role.ADMINISTRATOR.claim());
                    rules.forEach(rule -> rule.apply(routes));
                    routes.anyRequest().denyAll();
                });
        return http.build();
    }

    /** The token decoder Spring Boot builds from the issuer's properties, behind a cache of verified tokens. */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return VerifiedTokenCache.wrapper();
    }

    @Bean
    WebMvcConfigurer callerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
