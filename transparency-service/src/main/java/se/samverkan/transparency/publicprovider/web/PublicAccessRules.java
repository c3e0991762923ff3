package se.samverkan.transparency.publicprovider.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import se.samverkan.defaults.security.AccessRules;

/** The portal is public: anyone may read what has been published, with or without logging in. */
@Configuration(proxyBeanMethods = false)
class PublicAccessRules {

    @Bean
    AccessRules publicRoutes() {
        return routes -> routes.requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll();
    }
}
