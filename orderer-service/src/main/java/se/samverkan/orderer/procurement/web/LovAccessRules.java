package se.samverkan.orderer.procurement.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * A board's officials publish its rulebooks and decide applications; everyone signed in reads
 * the rulebooks; providers (the production board for the in-house provider) apply.
 */
@Configuration(proxyBeanMethods = false)
class LovAccessRules {

    @Bean
    AccessRules lovRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/rulebooks", "/api/v1/rulebooks/*",
                        "/api/v1/lov-applications", "/api/v1/lov-applications/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/rulebooks", "/api/v1/rulebooks/*/close",
                        "/api/v1/lov-applications/*/authorise", "/api/v1/lov-applications/*/refuse")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/lov-applications")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
