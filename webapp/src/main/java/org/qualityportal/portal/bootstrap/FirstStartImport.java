package org.qualityportal.portal.bootstrap;

import java.io.IOException;
import java.nio.file.Files;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.transfer.ContentImporter;
import org.qualityportal.content.transfer.ImportReport;
import org.qualityportal.portal.config.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports and publishes the seed content when the portal starts on an empty repository. */
class FirstStartImport {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartImport.class);

    private final ContentStore store;
    private final PortalProperties properties;

    FirstStartImport(ContentStore store, PortalProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    void run() throws IOException {
        if (!properties.importOnEmpty() || !store.isEmpty()) {
            return;
        }
        if (!Files.isDirectory(properties.contentImport())) {
            LOG.warn("The repository is empty and there is no content to import at {}", properties.contentImport().toAbsolutePath());
            return;
        }
        LOG.info("Empty repository: importing {}", properties.contentImport().toAbsolutePath());
        ImportReport report = new ContentImporter(store).importDirectory(properties.contentImport(), true,
                (done, total, path) -> LOG.debug("Imported {}/{}: {}", done, total, path));
        LOG.info("First-start import done: {}", report);
    }
}
