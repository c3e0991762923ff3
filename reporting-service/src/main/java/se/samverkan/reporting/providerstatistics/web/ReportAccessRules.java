package se.samverkan.reporting.providerstatistics.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * Who may read the council-level reports: the council level, finance, the orderer side and
 * the production board. A provider's users see their own figures in the producer service and
 * the published ones on the portal, not the municipality-wide compilations.
 */
@Configuration(proxyBeanMethods = false)
class ReportAccessRules {

    @Bean
    AccessRules reportRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/reports/**").hasAnyRole(roles(COUNCIL_ANALYST,
                FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
