package se.samverkan.orderer.goal.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * Who may call the goal routes. The council's goals are known to every official; the council
 * level (analysts at KS/KLK) and administrators adopt and revise them. A board's goals are
 * adopted by its own officials or an administrator, and read by them, the council level and
 * finance; which board's goals a caller may see or change is decided per object in
 * {@code BoardGoalsAccess}. Providers have no business with the orderers' goal documents.
 */
@Configuration(proxyBeanMethods = false)
class GoalAccessRules {

    @Bean
    AccessRules goalRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/council-goals")
                .hasAnyRole(roles(COUNCIL_ANALYST, ADMINISTRATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/council-goals/*")
                .hasAnyRole(roles(COUNCIL_ANALYST, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/council-goals", "/api/v1/council-goals/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/boards/*/goals")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/boards/*/goals/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/boards/*/goals", "/api/v1/boards/*/goals/*",
                        "/api/v1/board-goals")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR));
    }
}
