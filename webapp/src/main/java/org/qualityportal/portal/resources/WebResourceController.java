package org.qualityportal.portal.resources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.portal.config.PortalProperties;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.rendering.WebResourcePaths;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Web resources of light modules at {@code /.resources/<module>/webresources/<path>}. A URL whose
 * fingerprint matches the file's content is cached for a year (a changed file gets a new URL);
 * any other URL is revalidated on every use.
 */
@RestController
class WebResourceController {
    private static final String PREFIX = "/webresources/";

    private final PortalProperties properties;
    private final LightModuleRegistry registry;

    WebResourceController(PortalProperties properties, LightModuleRegistry registry) {
        this.properties = properties;
        this.registry = registry;
    }

    @GetMapping("/.resources/{module}/webresources/**")
    ResponseEntity<Resource> resource(@PathVariable String module, HttpServletRequest request) {
        String uri = request.getRequestURI();
        String requested = uri.substring(uri.indexOf(PREFIX) + PREFIX.length());
        WebResourcePaths.Requested parsed = WebResourcePaths.parse(requested);
        Path base = properties.lightModules().resolve(module).resolve("webresources").toAbsolutePath().normalize();
        Path file = base.resolve(parsed.path()).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file) || module.startsWith(".")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<String> current = registry.fingerprint(module, parsed.path());
        boolean immutable = parsed.fingerprint().isPresent() && parsed.fingerprint().equals(current);
        CacheControl cache = immutable
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache();
        String etag = "\"" + current.orElse("0") + "\"";
        if (etag.equals(request.getHeader("If-None-Match"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).eTag(etag).build();
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        if (type.getType().equals("text") || type.getSubtype().equals("javascript")) {
            type = new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok().cacheControl(cache).eTag(etag).contentType(type).body(new FileSystemResource(file));
    }
}
