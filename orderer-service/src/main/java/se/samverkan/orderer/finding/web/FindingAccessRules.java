package se.samverkan.orderer.finding.web;

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
 * Who may call the finding routes: the board's officials register, decide, follow up and close;
 * the provider's users answer with plans and report actions; administrators may do both.
 * Which finding (their own board's, their own provider's) is decided per object in the
 * application layer.
 */
@Configuration(proxyBeanMethods = false)
class FindingAccessRules {

    @Bean
    AccessRules findingRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/findings", "/api/v1/findings/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/findings", "/api/v1/findings/*/plan-decisions",
                        "/api/v1/findings/*/follow-up-notes", "/api/v1/findings/*/close")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/findings/*/action-plans",
                        "/api/v1/findings/*/actions/*/progress")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
