package org.qualityportal.portal.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.resources.WebJars;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.WebResourcePaths;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the login, author and admin UI needs around its content: the stylesheets
 * (fingerprinted, from the portal light module), the CSRF token for its forms, and who is signed in.
 */
@ControllerAdvice(basePackages = {"org.qualityportal.portal.security", "org.qualityportal.portal.author",
        "org.qualityportal.portal.admin", "org.qualityportal.portal.audit", "org.qualityportal.portal.schedule",
        "org.qualityportal.portal.jobs", "org.qualityportal.portal.search"})
class PageFrame {
    private static final String MODULE = "portal";

    private final LightModuleRegistry registry;
    private final WebJars webJars;

    PageFrame(LightModuleRegistry registry, WebJars webJars) {
        this.registry = registry;
        this.webJars = webJars;
    }

    @ModelAttribute("frame")
    Frame frame(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
        Set<String> authorities = signedIn
                ? auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())
                : Set.of();
        return new Frame(resource("css/portal.css"), resource("css/author.css"),
                List.of(webJars.url("tinymce", "tinymce.min.js"), resource("js/tinymce-ru.js"), resource("js/rich-text.js")),
                csrf == null ? null : new Csrf(csrf.getParameterName(), csrf.getToken()),
                signedIn ? auth.getName() : null,
                authorities.contains(Role.ADMIN.authority()),
                authorities.contains(Role.PUBLISHER.authority()) || authorities.contains(Role.ADMIN.authority()));
    }

    private String resource(String path) {
        String base = "/.resources/" + MODULE + "/webresources/";
        return registry.fingerprint(MODULE, path).map(fp -> base + WebResourcePaths.withFingerprint(path, fp))
                .orElse(base + path);
    }

    /**
     * @param user      login of the signed-in user, or null
     * @param admin     may open {@code /admin}
     * @param publisher may publish and unpublish
     * @param editorScripts the rich-text editor, loaded only by pages with rich-text fields
     */
    public record Frame(String stylesheet, String authorStylesheet, List<String> editorScripts, Csrf csrf, String user, boolean admin,
                        boolean publisher) {
    }

    /** The hidden field every form posts. */
    public record Csrf(String name, String token) {
    }
}
