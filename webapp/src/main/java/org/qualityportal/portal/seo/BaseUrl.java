package org.qualityportal.portal.seo;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.config.PortalProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address, without a trailing slash: {@code portal.base-url} when configured,
 * otherwise the scheme, host, port and context path of the request being served.
 */
@Component
public class BaseUrl {
    private final String configured;

    BaseUrl(PortalProperties properties) {
        this.configured = properties.baseUrl() == null ? null : normalise(properties.baseUrl());
    }

    public String of(HttpServletRequest request) {
        if (configured != null) {
            return configured;
        }
        return stripTrailingSlash(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
    }

    private static String normalise(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("portal.base-url must be an absolute http(s) URL, got: " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("portal.base-url must not have a query or fragment: " + uri);
        }
        return stripTrailingSlash(uri.toString());
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
