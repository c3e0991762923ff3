package se.samverkan.orderer.board.web;

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
 * Who may call the board routes: every official reads the boards (their names and
 * organisation ids are no secret); only an administrator sets up a new board; a board's own
 * officials (and administrators) set its service areas and who is responsible for each, which
 * board is decided in {@code BoardService}.
 */
@Configuration(proxyBeanMethods = false)
class BoardAccessRules {

    @Bean
    AccessRules boardRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, "/api/v1/boards").hasAnyRole(roles(ADMINISTRATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/boards", "/api/v1/boards/*").hasAnyRole(roles(Role.values()))
                .requestMatchers(HttpMethod.PUT, "/api/v1/boards/*/service-areas")
                .hasAnyRole(roles(ORDERER_OFFICIAL, CONTRACT_MANAGER, ADMINISTRATOR));
    }
}
