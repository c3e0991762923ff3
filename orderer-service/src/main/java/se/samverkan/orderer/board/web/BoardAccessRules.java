package se.samverkan.orderer.board.web;

import static se.samverkan.defaults.security.AccessRules.roles;
import static se.samverkan.defaults.security.Role.ADMINISTRATOR;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;
import se.samverkan.defaults.security.Role;

/**
 * Who may call the board routes: every official reads the boards (their names and
 * organisation ids are no secret); only an administrator sets up a new board.
 */
@Configuration(proxyBeanMethods = false)
class BoardAccessRules {

    @Bean
    AccessRules boardRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/boards").hasAnyRole(roles(ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/boards", "/api/v1/boards/*").hasAnyRole(roles(Role.values()));
    }
}
