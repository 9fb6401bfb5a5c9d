package org.qualityportal.portal.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.qualityportal.api.ModuleAccess;

/**
 * Who may see what. The public site, its resources, feeds and the delivery API stay anonymous;
 * {@code /author} needs an editor, publisher or admin, publishing (now or scheduled) a publisher or admin, and
 * {@code /admin} an admin. Refusals end on the Russian 403 page of {@code /error}. Only in the web
 * application: the {@code import} and {@code export} commands start without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
    static final String LOGIN = "/login";

    /** Where state changes through forms; the rest of the site is read-only and answers POST with 405. */
    private static final List<String> PORTAL_FORMS = List.of(LOGIN, "/logout", "/register",
            "/author/**", "/admin/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                                            LoginProperties login, UserAccounts accounts,
                                            List<ModuleAccess> modules) throws Exception {
        RequestMatcher forms = forms(modules);
        var provider = new ThrottledAuthenticationProvider(users, encoder, new LoginAttempts(login, Clock.systemUTC()));
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN + "?error");
        failure.setExceptionMappings(Map.of(ThrottledAuthenticationProvider.LoginLockedException.class.getName(),
                LOGIN + "?locked"));
        http.addFilterBefore(new CurrentAccountFilter(accounts), AuthorizationFilter.class);
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> {
                    requests
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/author/content/*/publish", "/author/content/*/unpublish",
                                "/author/content/*/publish-tree", "/author/pages/publish", "/author/pages/unpublish",
                                "/author/pages/publish-tree",
                                "/author/item/publish", "/author/item/unpublish")
                        .hasAnyRole("PUBLISHER", "ADMIN")
                        // scheduled publishing: everyone in /author sees the list, publishers create and cancel
                        .requestMatchers(HttpMethod.POST, "/author/schedules", "/author/schedules/**")
                        .hasAnyRole("PUBLISHER", "ADMIN")
                        .requestMatchers("/author/schedules/new").hasAnyRole("PUBLISHER", "ADMIN")
                        .requestMatchers("/author", "/author/**").hasAnyRole("EDITOR", "PUBLISHER", "ADMIN");
                    ModuleRules.apply(requests, modules);
                    requests.anyRequest().permitAll();
                })
                .formLogin(form -> form.loginPage(LOGIN).failureHandler(failure)
                        .successHandler(new RoleLandingSuccessHandler()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !isSafe(request.getMethod()) && forms.matches(request)))
                // SecurityHeadersFilter sets CSP, nosniff, frame and referrer headers on every answer; here
                // only pages behind a login are kept out of caches (public pages keep their own caching)
                .headers(headers -> headers.defaultsDisabled()
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(forms, new CacheControlHeadersWriter())));
        return http.build();
    }

    /**
     * The default firewall, except that parameter values may hold any character: a search for text with
     * control characters gets an answer from the search (which drops them), not a refusal. Paths and
     * header names stay strictly checked.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterValues(value -> true);
        return firewall;
    }

    /** The portal's form paths and every module's: CSRF-checked and kept out of caches. */
    private static RequestMatcher forms(List<ModuleAccess> modules) {
        List<RequestMatcher> matchers = new ArrayList<>();
        PORTAL_FORMS.forEach(p -> matchers.add(path(p)));
        modules.forEach(m -> m.formPaths().forEach(p -> matchers.add(path(p))));
        return new OrRequestMatcher(matchers);
    }

    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }
}
