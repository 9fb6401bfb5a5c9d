package org.qualityportal.portal.bootstrap;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.config.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates the first admin account on first start. Its password comes from {@code PORTAL_ADMIN_PASSWORD};
 * without it a password is generated and printed once: it is stored only as a bcrypt hash.
 */
class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    static final String PATH = "/users/admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final ContentStore store;
    private final PortalProperties properties;

    FirstAdmin(ContentStore store, PortalProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    void run() {
        if (store.view(Workspace.AUTHOR).get(PATH).isPresent()) {
            return;
        }
        boolean given = properties.adminPassword() != null && !properties.adminPassword().isBlank();
        String password = given ? properties.adminPassword() : generate();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put(ContentProperties.TYPE, NodeKind.USER);
        user.put("login", "admin");
        user.put("name", "Администратор");
        user.put("roles", List.of("admin"));
        user.put("enabled", true);
        user.put("passwordHash", new BCryptPasswordEncoder().encode(password));
        store.writer().upsert(PATH, NodeData.of("admin", user));
        if (given) {
            LOG.info("First admin account 'admin' created with the password from PORTAL_ADMIN_PASSWORD");
        } else {
            // printed once, on purpose: there is no other way to learn it
            System.out.println("""

                    ================================================================
                     First admin account created (shown only this once):
                       login:    admin
                       password: %s
                     Set PORTAL_ADMIN_PASSWORD before the first start to choose it.
                    ================================================================
                    """.formatted(password));
            LOG.info("First admin account 'admin' created with a generated password (printed on the console)");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
