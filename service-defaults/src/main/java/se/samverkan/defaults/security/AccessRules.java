package se.samverkan.defaults.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's route-level rules: which roles may call which routes. Object-level rules (is
 * this the caller's own provider?) live in the application services. Routes no rule names are
 * refused, so a new endpoint is closed until someone decides who may call it.
 */
@FunctionalInterface
public interface AccessRules {

    void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);

    /** The roles as Spring Security authority names without the ROLE_ prefix, for hasAnyRole(). */
    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].claim();
        }
        return names;
    }
}
