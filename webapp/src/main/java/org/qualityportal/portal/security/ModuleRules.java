package org.qualityportal.portal.security;

import java.util.List;
import java.util.Locale;

import org.qualityportal.api.AccessRule;
import org.qualityportal.api.ModuleAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Turns the modules' {@link AccessRule}s into Spring Security rules, after the portal's own. */
final class ModuleRules {
    private ModuleRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests,
                      List<ModuleAccess> modules) {
        for (ModuleAccess module : modules) {
            for (AccessRule rule : module.rules()) {
                var matcher = rule.method() == null
                        ? PathPatternRequestMatcher.withDefaults().matcher(rule.pattern())
                        : PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(rule.method()), rule.pattern());
                var authorized = requests.requestMatchers(matcher);
                if (rule.roles().isEmpty()) {
                    authorized.authenticated();
                } else {
                    authorized.hasAnyRole(rule.roles().stream().map(r -> r.toUpperCase(Locale.ROOT)).toArray(String[]::new));
                }
            }
        }
    }
}
