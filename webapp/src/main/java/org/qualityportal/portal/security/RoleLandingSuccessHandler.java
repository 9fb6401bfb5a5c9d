package org.qualityportal.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it, else to the workspace the roles open ({@code /author}
 * for editors, publishers and admins), else to the home page.
 */
class RoleLandingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        boolean author = authentication.getAuthorities().stream().map(Object::toString)
                .anyMatch(a -> a.equals(Role.EDITOR.authority()) || a.equals(Role.PUBLISHER.authority())
                        || a.equals(Role.ADMIN.authority()));
        return author ? "/author" : "/";
    }
}
