package se.samverkan.reporting.missingsubmissions.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.FINANCE;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * Missing submissions are also for the providers themselves, who are reminded with them: unlike
 * the other reports under /api/v1/reports/**, a provider's users may read their own rows. Ordered
 * first, so this wider rule is matched before that one.
 */
@Configuration(proxyBeanMethods = false)
class MissingSubmissionsAccessRules {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    AccessRules missingSubmissionsRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/reports/missing-submissions",
                        "/api/v1/reports/missing-submissions/providers")
                .hasAnyRole(roles(COUNCIL_ANALYST, FINANCE, ORDERER_OFFICIAL, CONTRACT_MANAGER, PRODUCTION_BOARD,
                        PROVIDER_USER, ADMINISTRATOR));
    }
}
