package se.samverkan.orderer.followup.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;
import static se.samverkan.defaults.security.Role.CONTRACT_MANAGER;
import static se.samverkan.defaults.security.Role.ORDERER_OFFICIAL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/** Who may call the follow-up plan routes: the boards' officials write, everyone reads decided plans. */
@Configuration(proxyBeanMethods = false)
class FollowUpAccessRules {

    @Bean
    AccessRules followUpRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/api/v1/follow-up-plans", "/api/v1/follow-up-plans/*")
                .hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.POST, "/api/v1/follow-up-plans", "/api/v1/follow-up-plans/*/items",
                        "/api/v1/follow-up-plans/*/decide")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/follow-up-plans/*/items/*")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR));
    }
}
