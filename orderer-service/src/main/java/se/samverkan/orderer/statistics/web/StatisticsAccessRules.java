package se.samverkan.orderer.statistics.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * Who may call the statistics specification routes: the orderer side writes (which board's
 * specification is decided per object in {@code SpecificationAccess}); every official reads, since
 * providers must know what to report, but a draft only its own board's officials and administrators.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsAccessRules {

    private static final String SPECIFICATIONS = "/api/v1/statistics-specifications";

    @Bean
    AccessRules statisticsSpecificationRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, SPECIFICATIONS, SPECIFICATIONS + "/*/publish")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.PUT, SPECIFICATIONS + "/*/draft")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, SPECIFICATIONS, SPECIFICATIONS + "/*", SPECIFICATIONS + "/*/draft",
                        SPECIFICATIONS + "/*/versions/*")
                .hasAnyRole(roles(Role.values()));
    }
}
