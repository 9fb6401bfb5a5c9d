package org.qualityportal.portal.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;

/**
 * The version for the visually impaired (ГОСТ Р 52872-2019): larger text, high contrast, no images.
 * The reader's choice is kept in a cookie, so it holds on every page until switched off.
 */
final class LowVision {
    static final String COOKIE = "qp-low-vision";
    static final String TEMPLATE_FLAG = "lowVision";

    private LowVision() {
    }

    static boolean isOn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies)
                .anyMatch(c -> COOKIE.equals(c.getName()) && "on".equals(c.getValue()));
    }

    static ResponseCookie cookie(boolean on) {
        return ResponseCookie.from(COOKIE, on ? "on" : "")
                .path("/")
                .maxAge(on ? Duration.ofDays(365) : Duration.ZERO)
                .sameSite("Lax")
                .httpOnly(true)
                .build();
    }

    /** Where to send the reader back to: a path of this site, never another host. */
    static URI safeReturnPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return URI.create("/");
        }
        try {
            URI uri = new URI(back);
            return uri.getHost() == null && uri.getScheme() == null ? uri : URI.create("/");
        } catch (URISyntaxException e) {
            return URI.create("/");
        }
    }
}
