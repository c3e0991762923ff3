package se.samverkan.producer.activity.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/** Providers hand in their yearly documents; whoever may see the provider reads them. */
@Configuration(proxyBeanMethods = false)
class ActivityAccessRules {

    @Bean
    AccessRules activityRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/providers/*/activity-plans",
                        "/api/v1/providers/*/activity-plans/*", "/api/v1/providers/*/activity-reports",
                        "/api/v1/providers/*/activity-reports/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.PUT, "/api/v1/providers/*/activity-plans/*",
                        "/api/v1/providers/*/activity-reports/*")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
