package se.samverkan.orderer.internalcontrol.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * A board's officials write their board's internal control; the council level, which compiles
 * the interim and annual reports, reads it. It is none of the providers' business.
 */
@Configuration(proxyBeanMethods = false)
class InternalControlAccessRules {

    @Bean
    AccessRules internalControlRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/internal-control-plans", "/api/v1/internal-control-plans/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, COUNCIL_ANALYST, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/internal-control-plans",
                        "/api/v1/internal-control-plans/*/risks", "/api/v1/internal-control-plans/*/risks/*/controls",
                        "/api/v1/internal-control-plans/*/decide",
                        "/api/v1/internal-control-plans/*/controls/*/results",
                        "/api/v1/internal-control-plans/*/assessment")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/internal-control-plans/*/risks/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR));
    }
}
