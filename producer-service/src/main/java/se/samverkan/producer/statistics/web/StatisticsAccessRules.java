package se.samverkan.producer.statistics.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * Who may call the statistics routes: only the provider side submits; every role may ask to
 * read, and {@code StatisticsAccess} decides per provider and submission what it sees.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsAccessRules {

    @Bean
    AccessRules statisticsRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/providers/*/statistics")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD))
                .requestMatchers(HttpMethod.GET, "/api/v1/providers/*/statistics", "/api/v1/providers/*/statistics/status",
                        "/api/v1/providers/*/units/*/statistics/*", "/api/v1/providers/*/units/*/statistics/*/history")
                .hasAnyRole(roles(Role.values()));
    }
}
