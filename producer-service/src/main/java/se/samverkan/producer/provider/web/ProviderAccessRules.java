package se.samverkan.producer.provider.web;

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
 * Who may call the provider routes. Which provider a caller may see or change is decided per
 * object in {@code ProviderAccess}.
 */
@Configuration(proxyBeanMethods = false)
class ProviderAccessRules {

    @Bean
    AccessRules providerRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/providers")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/providers/*/units", "/api/v1/providers/*/units/*/close")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/providers/*/contacts")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/providers", "/api/v1/providers/*")
                .hasAnyRole(roles(Role.values()));
    }
}
