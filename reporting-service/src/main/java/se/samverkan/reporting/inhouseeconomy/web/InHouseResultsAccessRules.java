package se.samverkan.reporting.inhouseeconomy.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * The in-house results are the production's economy reported to KS: for the council level,
 * finance and the production board itself, not for the orderer boards (who see the reports under
 * /api/v1/reports/** otherwise). Ordered first, so this narrower rule is matched before that one.
 */
@Configuration(proxyBeanMethods = false)
class InHouseResultsAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules inHouseResultsRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/reports/in-house-results")
                .hasAnyRole(roles(COUNCIL_ANALYST, FINANCE, PRODUCTION_BOARD, ADMINISTRATOR));
    }
}
