package org.qualityportal.portal.author.assets;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.qualityportal.portal.security.WebSession;

/**
 * A {@code multipart/form-data} body as a browser sends it: file names in UTF-8, with {@code "},
 * CR and LF percent-encoded as the HTML standard asks.
 */
final class MultipartForm {
    private final String boundary = "----portal-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartForm field(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n", value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartForm file(String field, String fileName, byte[] bytes) {
        String escaped = fileName.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        part("Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + escaped + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n", bytes);
        return this;
    }

    /** Posts the form with the session's cookies; {@code path} carries any query (the CSRF token, say). */
    HttpResponse<String> post(WebSession session, String path) {
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(session.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private void part(String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
