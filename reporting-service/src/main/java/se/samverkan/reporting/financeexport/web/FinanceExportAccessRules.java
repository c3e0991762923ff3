package se.samverkan.reporting.financeexport.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/** The exports go to finance and the council level; ordered before the general reports rule. */
@Configuration(proxyBeanMethods = false)
class FinanceExportAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules financeExportRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/reports/exports/**")
                .hasAnyRole(roles(FINANCE, COUNCIL_ANALYST, ADMINISTRATOR));
    }
}
