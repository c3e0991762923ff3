package se.samverkan.reporting.goalattainment.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.COUNCIL_ANALYST;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/**
 * Who may record a board's forecast or assessment of its goals: the board's officials (their own
 * board, checked in the application) and the council's analysts and administrators. Reading the
 * goal-attainment and equality reports falls under the general rule of /api/v1/reports/**.
 */
@Configuration(proxyBeanMethods = false)
class GoalAttainmentAccessRules {

    @Bean
    AccessRules goalAssessmentRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.PUT, "/api/v1/reports/goal-attainment/**")
                .hasAnyRole(roles(ORDERER_OFFICIAL, COUNCIL_ANALYST, ADMINISTRATOR));
    }
}
