package se.samverkan.orderer.agreement.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * Who may call the agreement routes. Which agreement a caller may see or change (their own
 * board's, their own provider's) is decided per object in the application layer.
 */
@Configuration(proxyBeanMethods = false)
class AgreementAccessRules {

    @Bean
    AccessRules agreementRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/agreements", "/api/v1/agreements/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/agreements/*/direct-order-steps")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/agreements", "/api/v1/agreements/*/sign",
                        "/api/v1/agreements/*/terminate")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/agreements/*/requirements", "/api/v1/agreements/*/board-parts")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR));
    }
}
