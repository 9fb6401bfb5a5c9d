package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload that the container refuses (too large, too many files) reach the assets app, which
 * says so on its own page. Since Servlet 6.1 Tomcat answers every {@code getParameter} of such a
 * request with an exception, so the first filter to read a parameter (the CSRF check) would end it
 * with a bare error. Here, before the security filters, such a request gets its parameters from the
 * query string alone (the upload forms put the CSRF token there) and its parts report the refusal
 * when the handler reads them.
 */
@Component
@Order(-102)
class RefusedUploadFilter extends OncePerRequestFilter {
    private static final String PATHS = "/author/assets/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || !request.getRequestURI().startsWith(request.getContextPath() + PATHS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IllegalStateException refusal = null;
        try {
            request.getParameterNames();
        } catch (IllegalStateException e) {
            refusal = e;
        }
        chain.doFilter(refusal == null ? request : new QueryOnly(request, refusal), response);
    }

    /** The request with only its query parameters; reading its parts repeats the container's refusal. */
    private static final class QueryOnly extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;
        private final IllegalStateException refusal;

        QueryOnly(HttpServletRequest request, IllegalStateException refusal) {
            super(request);
            this.refusal = refusal;
            this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Collection<Part> getParts() {
            throw new IllegalStateException(refusal.getMessage(), refusal);
        }

        @Override
        public Part getPart(String name) {
            throw new IllegalStateException(refusal.getMessage(), refusal);
        }

        private static Map<String, String[]> parse(String query) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    lists.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            lists.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return map;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return text;
            }
        }
    }
}
