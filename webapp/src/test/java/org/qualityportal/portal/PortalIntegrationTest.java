package org.qualityportal.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole portal on a random port, on a fresh data folder, a private copy of the project's light
 * modules (tests edit it) and the project's seed content. Subclasses share one running context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalIntegrationTest {
    protected static final String ADMIN_PASSWORD = "Проверка-123";
    protected static final Path HOME;
    protected static final Path LIGHT_MODULES;

    static {
        try {
            HOME = Files.createTempDirectory("portal-home");
            LIGHT_MODULES = Files.createTempDirectory("portal-light-modules");
            copy(Path.of("../light-modules"), LIGHT_MODULES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void portalProperties(DynamicPropertyRegistry registry) {
        // one data folder per test context: a subclass with other properties (a context of its own, which may run
        // beside this one) names its folder with portal.test.context; the portal takes one folder per process
        registry.add("portal.home", () -> HOME + "/${portal.test.context:portal}");
        registry.add("portal.light-modules", LIGHT_MODULES::toString);
        registry.add("portal.content-import", () -> Path.of("../content-import").toAbsolutePath().toString());
        registry.add("portal.admin-password", () -> ADMIN_PASSWORD);
        registry.add("portal.reload-interval", () -> "200ms");
    }

    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
