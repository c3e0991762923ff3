package se.samverkan.producer.insight.web;

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

/** Boards request insight packages; providers deliver them; the parties and the council level read them. */
@Configuration(proxyBeanMethods = false)
class InsightAccessRules {

    @Bean
    AccessRules insightRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/providers/*/insight-packages")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/insight-packages", "/api/v1/insight-packages/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/insight-packages/*/items/*/delivery")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
