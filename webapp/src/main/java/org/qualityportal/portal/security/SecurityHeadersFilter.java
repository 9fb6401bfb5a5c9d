package org.qualityportal.portal.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response: no inline script, no framing, no MIME sniffing, a strict referrer.
 * Ordered before Spring Security's filter chain (order -100), so that its answers too (a redirect to
 * the login page, a 403) carry the headers; Spring Security's own header writers are switched off.
 */
@Component
@Order(-101)
class SecurityHeadersFilter extends OncePerRequestFilter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * The workspace's rich-text editor (TinyMCE) sets inline styles on its own toolbar and content
     * frame, so there, and only there, inline styles are allowed. Scripts stay restricted to the site.
     */
    static final String WORKSPACE_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("img-src 'self' data:", "img-src 'self' data: blob:");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy",
                request.getRequestURI().startsWith("/author/") ? WORKSPACE_CSP : CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
