package se.samverkan.orderer.procurement.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;
import static se.samverkan.defaults.security.Role.PRODUCTION_BOARD;
import static se.samverkan.defaults.security.Role.PROVIDER_USER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/** A board's officials run its tenders; everyone signed in reads them; providers bid. */
@Configuration(proxyBeanMethods = false)
class TenderAccessRules {

    @Bean
    AccessRules tenderRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/tenders", "/api/v1/tenders/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/tenders/*/bids")
                .hasAnyRole(roles(PROVIDER_USER, PRODUCTION_BOARD, ADMINISTRATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/tenders", "/api/v1/tenders/*/evaluation",
                        "/api/v1/tenders/*/award", "/api/v1/tenders/*/conclude")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR));
    }
}
