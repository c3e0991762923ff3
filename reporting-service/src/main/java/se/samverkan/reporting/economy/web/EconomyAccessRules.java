package se.samverkan.reporting.economy.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * The boards' economy is between the boards and the council level: the
 * council's analysts, finance and administrators read every board's, a board's officials and
 * contract managers their own (narrowed in the application); the production board and providers
 * not at all, so this rule is ordered before the general one of /api/v1/reports/**. A board's
 * officials hand in their own board's reports; council analysts and administrators may record
 * them for any known board.
 */
@Configuration(proxyBeanMethods = false)
class EconomyAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules boardEconomyRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/reports/economy/*")
                .hasAnyRole(roles(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR, ORDERER_OFFICIAL, CONTRACT_MANAGER))
                .requestMatchers(HttpMethod.PUT, "/api/v1/reports/economy/*/boards/*/reports/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, COUNCIL_ANALYST, ADMINISTRATOR));
    }
}
