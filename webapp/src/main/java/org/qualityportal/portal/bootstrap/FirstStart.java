package org.qualityportal.portal.bootstrap;

import java.io.IOException;

import org.qualityportal.content.ContentStore;
import org.qualityportal.portal.config.PortalProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Before the server takes requests: the seed content on an empty repository, then the first admin
 * account. In this order, because the admin account would make the repository non-empty.
 */
@Component
@ConditionalOnWebApplication
class FirstStart implements InitializingBean {
    private final FirstStartImport seedImport;
    private final FirstAdmin firstAdmin;

    FirstStart(ContentStore store, PortalProperties properties) {
        this.seedImport = new FirstStartImport(store, properties);
        this.firstAdmin = new FirstAdmin(store, properties);
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        seedImport.run();
        firstAdmin.run();
    }
}
