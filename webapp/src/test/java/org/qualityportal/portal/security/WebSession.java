package org.qualityportal.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor with cookies, as a browser would be: takes the CSRF token from the login page's
 * form and posts forms with it. Redirects are not followed, so tests see them.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

    public WebSession(int port) {
        this.port = port;
    }

    /** Logs in through the form; the answer is the redirect that follows. */
    public HttpResponse<String> login(String username, String password) {
        return post("/login", List.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A download (a PDF, a spreadsheet) as bytes, with this visitor's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the session's CSRF token; {@code fields} alternate names and values. */
    public HttpResponse<String> post(String path, List<String> fields) {
        List<String> all = new ArrayList<>(fields);
        all.add("_csrf");
        all.add(csrfToken());
        return postWithoutToken(path, all);
    }

    public HttpResponse<String> postWithoutToken(String path, List<String> fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(fields.get(i))).append('=').append(encode(fields.get(i + 1)));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    public String csrfToken() {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        return m.group(1);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Sends a request the test built itself (a multipart upload, say) with this visitor's cookies. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Fields as a map, for readability in tests that post many. */
    public static List<String> form(Map<String, String> fields) {
        List<String> list = new ArrayList<>();
        fields.forEach((k, v) -> {
            list.add(k);
            list.add(v);
        });
        return list;
    }
}
