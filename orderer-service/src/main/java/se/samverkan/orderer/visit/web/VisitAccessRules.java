package se.samverkan.orderer.visit.web;

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

/**
 * Who may call the visit, complaint, provider-meeting and coverage routes: the orderer side
 * writes (which board's is decided per object in {@code VisitAccess}); the council level reads;
 * providers read the visits to their own units and the meetings they are invited to. Finance has
 * no business here.
 */
@Configuration(proxyBeanMethods = false)
class VisitAccessRules {

    private static final String VISITS = "/api/v1/visits";
    private static final String MEETINGS = "/api/v1/provider-meetings";

    @Bean
    AccessRules visitRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, VISITS, VISITS + "/*/performed", "/api/v1/serious-complaints",
                        MEETINGS, MEETINGS + "/*/held")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, VISITS, VISITS + "/*", MEETINGS, MEETINGS + "/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, ADMINISTRATOR, PROVIDER_USER,
                        PRODUCTION_BOARD))
                .requestMatchers(HttpMethod.GET, "/api/v1/boards/*/coverage")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, ADMINISTRATOR));
    }
}
