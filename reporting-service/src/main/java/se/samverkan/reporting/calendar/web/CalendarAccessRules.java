package se.samverkan.reporting.calendar.web;

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
 * The reporting calendar is the boards' duty to the council level: the council's analysts,
 * finance and administrators see every board, a board's officials and contract managers their own
 * (narrowed in the application); the production board and providers owe these reports nothing,
 * so this rule is ordered before the general one of /api/v1/reports/**.
 */
@Configuration(proxyBeanMethods = false)
class CalendarAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules reportingCalendarRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/reports/calendar/*")
                .hasAnyRole(roles(COUNCIL_ANALYST, FINANCE, ADMINISTRATOR, ORDERER_OFFICIAL, CONTRACT_MANAGER));
    }
}
