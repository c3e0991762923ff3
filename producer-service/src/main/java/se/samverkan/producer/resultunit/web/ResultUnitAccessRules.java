package se.samverkan.producer.resultunit.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * Who may call the result-unit and dialogue-meeting routes. The production board manages; the
 * council level reads; an orderer board's officials decide on sales needing their consent.
 * Which unit a caller may see is decided per object in {@code ResultUnitAccess}.
 */
@Configuration(proxyBeanMethods = false)
class ResultUnitAccessRules {

    @Bean
    AccessRules resultUnitRoutes() {
        String[] readers = roles(PRODUCTION_BOARD, PROVIDER_USER, COUNCIL_ANALYST, FINANCE, ADMINISTRATOR);
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/result-units/*/sales/*/decision")
                .hasRole(ORDERER_OFFICIAL.claim())
                .requestMatchers(HttpMethod.GET, "/api/v1/result-units/sales")
                .hasAnyRole(roles(ORDERER_OFFICIAL, PRODUCTION_BOARD, PROVIDER_USER, COUNCIL_ANALYST, FINANCE,
                        ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/result-units", "/api/v1/result-units/*/months/*/close",
                        "/api/v1/result-units/*/sales", "/api/v1/result-units/*/sales/*/start",
                        "/api/v1/result-units/*/sales/*/invoice", "/api/v1/dialogue-meetings")
                .hasRole(PRODUCTION_BOARD.claim())
                .requestMatchers(HttpMethod.PUT, "/api/v1/result-units/*/budgets/*", "/api/v1/result-units/*/months/*")
                .hasRole(PRODUCTION_BOARD.claim())
                .requestMatchers(HttpMethod.GET, "/api/v1/result-units", "/api/v1/result-units/*",
                        "/api/v1/result-units/equity", "/api/v1/result-units/monthly-reports/*",
                        "/api/v1/dialogue-meetings", "/api/v1/dialogue-meetings/*")
                .hasAnyRole(readers);
    }
}
