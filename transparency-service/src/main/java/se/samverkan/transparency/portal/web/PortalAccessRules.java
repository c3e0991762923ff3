package se.samverkan.transparency.portal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/** The comparison portal is public: anyone may read its pages, with or without logging in. */
@Configuration(proxyBeanMethods = false)
class PortalAccessRules {

    @Bean
    AccessRules portalPages() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/", "/jamfor", "/jamfor/**").permitAll();
    }
}
