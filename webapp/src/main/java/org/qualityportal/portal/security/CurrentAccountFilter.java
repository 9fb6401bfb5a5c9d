package org.qualityportal.portal.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the account in the repository, on every request before
 * authorisation: a disabled or deleted account's session ends at once (in the workspace, to the login
 * page, which says so; on the public site the request goes on anonymously), and changed roles apply from the next request, not from the next login.
 */
class CurrentAccountFilter extends OncePerRequestFilter {
    private final UserAccounts accounts;

    CurrentAccountFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<PortalUser> account = accounts.find(signedIn.getName()).filter(PortalUser::enabled);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (isWorkspace(request)) {
                response.sendRedirect(SecurityConfiguration.LOGIN + "?ended");
                return;
            }
            chain.doFilter(request, response); // the public site goes on, anonymously
            return;
        }
        Set<String> current = account.get().roles().stream().map(Role::authority).collect(Collectors.toSet());
        Set<String> held = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (!current.equals(held)) {
            var updated = UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null,
                    current.stream().map(SimpleGrantedAuthority::new).toList());
            updated.setDetails(signedIn.getDetails());
            SecurityContextHolder.getContext().setAuthentication(updated);
        }
        chain.doFilter(request, response);
    }

    private static boolean isWorkspace(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/author") || path.startsWith("/author/") || path.equals("/admin") || path.startsWith("/admin/");
    }
}
