package org.qualityportal.portal.security;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Workspace;
import org.springframework.stereotype.Component;

/**
 * The accounts under {@code /users} in the author tree, read and written through the content seam.
 * A user node is a unit of kind {@code user} named after the login; its roles are a multi-valued
 * property. Users are never published: the live tree has no {@code /users}.
 */
@Component
public class UserAccounts {
    static final String TREE = "/users";

    private final ContentStore store;

    UserAccounts(ContentStore store) {
        this.store = store;
    }

    /** Whether a name can be a login: it becomes the node name, so the rules are the repository's. */
    public static boolean isValidUsername(String username) {
        return username != null && username.length() <= 32 && ContentPaths.isValidName(username);
    }

    public Optional<PortalUser> find(String username) {
        if (!isValidUsername(username)) {
            return Optional.empty();
        }
        return store.view(Workspace.AUTHOR).get(TREE + "/" + username)
                .filter(c -> NodeKind.USER.equals(c.kind()))
                .map(UserAccounts::toUser);
    }

    /** All accounts by login. */
    public List<PortalUser> all() {
        return store.view(Workspace.AUTHOR).children(TREE).stream()
                .filter(c -> NodeKind.USER.equals(c.kind()))
                .map(UserAccounts::toUser)
                .sorted(Comparator.comparing(PortalUser::username))
                .toList();
    }

    /** Creates or replaces the account's node (one save). */
    public void save(PortalUser user) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ContentProperties.TYPE, NodeKind.USER);
        properties.put("login", user.username());
        properties.put("name", user.fullName() == null ? "" : user.fullName());
        if (user.email() != null && !user.email().isBlank()) {
            properties.put("email", user.email());
        }
        properties.put("roles", user.roles().stream().sorted().map(Role::id).toList());
        properties.put("enabled", user.enabled());
        properties.put("passwordHash", user.passwordHash());
        store.writer().upsert(TREE + "/" + user.username(), NodeData.of(user.username(), properties));
    }

    /** Removes an account (tests and, later, the admin UI). */
    public boolean delete(String username) {
        return isValidUsername(username) && store.writer().delete(TREE + "/" + username);
    }

    private static PortalUser toUser(Content node) {
        Object enabled = node.properties().get("enabled");
        return new PortalUser(node.name(), node.string("name"), node.string("email"), roles(node.properties().get("roles")),
                !(enabled instanceof Boolean b) || b, node.string("passwordHash"), node.audit().lastModified());
    }

    private static Set<Role> roles(Object stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (stored instanceof List<?> list) {
            list.forEach(v -> Role.of(String.valueOf(v)).ifPresent(roles::add));
        } else if (stored != null) {
            Role.of(stored.toString()).ifPresent(roles::add);
        }
        return roles;
    }
}
