package se.samverkan.orderer.escalation.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/** The parties of an agreement raise escalations; the council level records the leadership's decisions. */
@Configuration(proxyBeanMethods = false)
class EscalationAccessRules {

    @Bean
    AccessRules escalationRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/escalations", "/api/v1/escalations/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/escalations")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/escalations/*/decisions")
                .hasAnyRole(roles(COUNCIL_ANALYST, ADMINISTRATOR));
    }
}
