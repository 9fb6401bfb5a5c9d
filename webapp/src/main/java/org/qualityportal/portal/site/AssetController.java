package org.qualityportal.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of published assets: {@code /dam/<path>} serves the asset's file. */
@RestController
class AssetController {
    private final ContentStore store;

    AssetController(ContentStore store) {
        this.store = store;
    }

    @GetMapping("/dam/**")
    ResponseEntity<Resource> download(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Content asset = store.view(Workspace.LIVE).get(path)
                .filter(c -> NodeKind.ASSET.equals(c.kind()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!(asset.properties().get("file") instanceof BinaryValue file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        InputStream in;
        try {
            in = store.view(Workspace.LIVE).openBinary(path, "file")
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(file.fileName()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(new InputStreamResource(in));
    }
}
