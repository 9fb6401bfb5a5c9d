package org.qualityportal.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.NodeData;
import org.qualityportal.content.NodeKind;
import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint of {@code /author} and {@code /admin}, and the guarded ones of the discussions module, for every role and for an anonymous visitor:
 * anonymous GETs go to the login page, wrong roles get the Russian 403 page, right roles get through.
 * The POSTs carry harmless bodies (nothing selected, an invalid password, the roles unchanged, an empty
 * schedule form, a schedule that does not exist, no folder to import, a tree already published, no file, an empty title, deleting an asset still in use).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends PortalIntegrationTest {
    private static final Set<Role> AUTHORS = Set.of(Role.EDITOR, Role.PUBLISHER, Role.ADMIN);
    private static final Set<Role> PUBLISHERS = Set.of(Role.PUBLISHER, Role.ADMIN);
    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);
    private static final Set<Role> MODERATORS = Set.of(Role.MODERATOR, Role.ADMIN);
    private static final Set<Role> EXPERTS = Set.of(Role.EXPERT, Role.EDITOR, Role.PUBLISHER, Role.ADMIN);
    private static final Set<Role> SIGNED_IN = Set.of(Role.values());
    private static final String PAGE = "/website/home/t-matrix-page";

    /** method, path, form fields, who may */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/author", List.of(), AUTHORS),
            new Endpoint("GET", "/author/content/news", List.of(), AUTHORS),
            new Endpoint("GET", "/author/content/document?q=приказ&sort=title&page=2", List.of(), AUTHORS),
            new Endpoint("POST", "/author/content/news/publish", List.of(), PUBLISHERS),
            new Endpoint("POST", "/author/content/news/unpublish", List.of(), PUBLISHERS),
            new Endpoint("GET", "/author/content/news/new", List.of(), AUTHORS),
            new Endpoint("POST", "/author/content/news/new", List.of("f.title", ""), AUTHORS),
            new Endpoint("GET", "/author/item?path=/news/2021/t-matrix", List.of(), AUTHORS),
            new Endpoint("POST", "/author/item?path=/news/2021/t-matrix", List.of("f.title", ""), AUTHORS),
            new Endpoint("GET", "/author/item/versions?path=/news/2021/t-matrix", List.of(), AUTHORS),
            new Endpoint("POST", "/author/item/restore", List.of("path", "/news/2021/t-matrix", "version", "1"), AUTHORS),
            new Endpoint("GET", "/author/item/delete?path=/news/2021/t-matrix", List.of(), AUTHORS),
            new Endpoint("GET", "/author/preview?path=/news/2021/t-matrix", List.of(), AUTHORS),
            new Endpoint("POST", "/author/item/publish", List.of("path", "/news/2021/t-matrix"), PUBLISHERS),
            new Endpoint("POST", "/author/item/unpublish", List.of("path", "/news/2021/t-matrix"), PUBLISHERS),
            new Endpoint("GET", "/author/audit", List.of(), AUTHORS),
            new Endpoint("GET", "/author/audit?user=admin&action=PUBLISHED&path=/news&from=2020-01-01&to=2020-12-31&page=2",
                    List.of(), AUTHORS),
            new Endpoint("GET", "/author/schedules", List.of(), AUTHORS),
            new Endpoint("GET", "/author/schedules/new?path=/news/2021/seminar-2021-02-11", List.of(), PUBLISHERS),
            new Endpoint("POST", "/author/schedules", List.of("path", "", "action", "publish", "date", "", "time", ""),
                    PUBLISHERS),
            new Endpoint("POST", "/author/schedules/20200101000000000-0000-000000/cancel", List.of(), PUBLISHERS),
            new Endpoint("POST", "/author/content/municipality/publish-tree", List.of(), PUBLISHERS),
            new Endpoint("GET", "/author/jobs", List.of(), AUTHORS),
            new Endpoint("GET", "/author/pages", List.of(), AUTHORS),
            new Endpoint("GET", "/author/pages/new?parent=/website/home", List.of(), AUTHORS),
            new Endpoint("POST", "/author/pages/new", List.of("parent", "/website/home", "title", ""), AUTHORS),
            new Endpoint("GET", "/author/pages/move?path=" + PAGE, List.of(), AUTHORS),
            new Endpoint("POST", "/author/pages/move", List.of("path", PAGE, "parent", ""), AUTHORS),
            new Endpoint("POST", "/author/pages/copy", List.of("path", PAGE), AUTHORS),
            new Endpoint("GET", "/author/pages/delete?path=" + PAGE, List.of(), AUTHORS),
            new Endpoint("POST", "/author/pages/delete", List.of("path", PAGE + "/none"), AUTHORS, 404),
            new Endpoint("GET", "/author/page?path=" + PAGE, List.of(), AUTHORS),
            new Endpoint("POST", "/author/page?path=" + PAGE, List.of("f.title", ""), AUTHORS),
            new Endpoint("POST", "/author/page/components/add", List.of("path", PAGE, "area", "main", "template", ""), AUTHORS),
            new Endpoint("POST", "/author/page/components/shift", List.of("path", PAGE, "area", "main", "name", "text", "step", "1"),
                    AUTHORS),
            new Endpoint("POST", "/author/page/components/remove", List.of("path", PAGE, "area", "main", "name", "other"),
                    AUTHORS, 404),
            new Endpoint("GET", "/author/page/component?path=" + PAGE + "&area=main&name=text", List.of(), AUTHORS),
            new Endpoint("POST", "/author/page/component?path=" + PAGE + "&area=main&name=text", List.of("f.text", ""), AUTHORS),
            new Endpoint("POST", "/author/pages/unpublish", List.of("path", PAGE), PUBLISHERS),
            new Endpoint("POST", "/author/pages/publish", List.of("path", PAGE + "/t-child"), PUBLISHERS),
            new Endpoint("POST", "/author/pages/publish-tree", List.of("path", PAGE + "/t-child"), PUBLISHERS),
            new Endpoint("GET", "/admin/transfer", List.of(), ADMINS),
            new Endpoint("POST", "/admin/transfer/import", List.of("folder", ""), ADMINS),
            new Endpoint("GET", "/admin/search", List.of(), ADMINS),
            new Endpoint("POST", "/admin/search/reindex", List.of(), ADMINS),
            new Endpoint("GET", "/author/assets", List.of(), AUTHORS),
            new Endpoint("GET", "/author/assets?folder=/dam/documents", List.of(), AUTHORS),
            new Endpoint("POST", "/author/assets/upload", List.of("folder", "/dam/documents"), AUTHORS),
            new Endpoint("GET", "/author/assets/edit?path=/dam/documents/order-2018-03-524", List.of(), AUTHORS),
            new Endpoint("POST", "/author/assets/edit", List.of("path", "/dam/documents/order-2018-03-524", "field.title", ""), AUTHORS),
            new Endpoint("POST", "/author/assets/replace", List.of("path", "/dam/documents/order-2018-03-524"), AUTHORS),
            new Endpoint("GET", "/author/assets/delete?path=/dam/documents/order-2018-03-524", List.of(), AUTHORS),
            new Endpoint("POST", "/author/assets/delete", List.of("path", "/dam/documents/order-2018-03-524"), AUTHORS),
            new Endpoint("GET", "/admin", List.of(), ADMINS),
            new Endpoint("GET", "/admin/users", List.of(), ADMINS),
            new Endpoint("GET", "/admin/users/new", List.of(), ADMINS),
            new Endpoint("GET", "/admin/users/t-participant", List.of(), ADMINS),
            new Endpoint("POST", "/admin/users", List.of("username", "", "password", "short"), ADMINS),
            new Endpoint("POST", "/admin/users/t-participant/roles", List.of("roles", "participant"), ADMINS),
            new Endpoint("POST", "/admin/users/t-participant/enabled", List.of("enabled", "true"), ADMINS),
            new Endpoint("POST", "/admin/users/t-participant/password", List.of("password", "short"), ADMINS),
            // the discussions module's rules, contributed through ModuleAccess
            new Endpoint("GET", "/discussions/manage", List.of(), AUTHORS),
            new Endpoint("GET", "/discussions/manage/new?document=/documents/none", List.of(), AUTHORS, 404),
            new Endpoint("POST", "/discussions/manage", List.of("document", "", "title", ""), AUTHORS),
            new Endpoint("GET", "/discussions/manage/none", List.of(), AUTHORS, 404),
            new Endpoint("POST", "/discussions/manage/none/close", List.of(), AUTHORS, 404),
            new Endpoint("GET", "/discussions/none/review", List.of(), EXPERTS, 404),
            new Endpoint("GET", "/moderation", List.of(), MODERATORS),
            new Endpoint("POST", "/moderation/users/block", List.of("login", "", "reason", ""), MODERATORS),
            new Endpoint("POST", "/moderation/experts/none/approve", List.of(), MODERATORS, 404),
            new Endpoint("POST", "/experts/apply", List.of("organisation", ""), SIGNED_IN),
            new Endpoint("GET", "/mail/settings", List.of(), SIGNED_IN),
            new Endpoint("POST", "/discussions/none/contributions", List.of("text", "Текст"), SIGNED_IN, 404));

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;

    private final Map<Role, WebSession> sessions = new EnumMap<>(Role.class);

    @BeforeAll
    void signIn() {
        store.writer().upsert("/news/2021/t-matrix", NodeData.of("t-matrix", Map.of(ContentProperties.TYPE, NodeKind.ITEM,
                ContentProperties.CONTENT_TYPE, "news", ContentProperties.TEMPLATE, "portal:pages/news",
                "title", "Новость для проверки прав", "date", "2021-03-01")));
        store.publisher().publish("/news/2021/t-matrix", "test"); // so that version 1 exists to restore
        NodeData text = NodeData.of("text", Map.of(ContentProperties.TYPE, NodeKind.COMPONENT,
                ContentProperties.TEMPLATE, "portal:components/text", "text", "<p>Текст</p>"));
        store.writer().upsert(PAGE, new NodeData("t-matrix-page", Map.of(ContentProperties.TYPE, NodeKind.PAGE,
                ContentProperties.TEMPLATE, "portal:pages/general", "title", "Страница для проверки прав"),
                List.of(new NodeData("main", Map.of(ContentProperties.TYPE, NodeKind.AREA), List.of(text)))));
        store.writer().upsert(PAGE + "/t-child", NodeData.of("t-child", Map.of(ContentProperties.TYPE, NodeKind.PAGE,
                ContentProperties.TEMPLATE, "portal:pages/general", "title", "Подстраница для проверки прав")));
        TestUsers.createAll(accounts);
        for (Role role : Role.values()) {
            WebSession session = new WebSession(port);
            assertThat(session.login(TestUsers.username(role), TestUsers.PASSWORD).statusCode()).isEqualTo(302);
            sessions.put(role, session);
        }
    }

    @AfterAll
    void removeUsers() {
        store.publisher().unpublish("/news/2021/t-matrix", "test");
        store.writer().delete("/news/2021/t-matrix");
        for (String page : List.of(PAGE, PAGE + "-kopiya", PAGE + "-kopiya-2", PAGE + "-kopiya-3")) {
            store.publisher().unpublish(page, "test");
            store.writer().delete(page);
        }
        TestUsers.deleteAll(accounts);
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            cases.add(Arguments.of(endpoint, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyTheIntendedRolesGetThrough(Endpoint endpoint, Role role) {
        WebSession session = role == null ? new WebSession(port) : sessions.get(role);

        HttpResponse<String> response = endpoint.method.equals("GET")
                ? session.get(endpoint.path) : session.post(endpoint.path, endpoint.fields);

        if (role == null) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(WebSession.location(response)).endsWith("/login");
        } else if (endpoint.allowed.contains(role)) {
            // 303 after a successful form post, 422 for a harmless body the form refuses: either way, through
            assertThat(response.statusCode()).as(response.body()).isIn(endpoint.through());
            assertThat(WebSession.location(response)).doesNotContain("/login");
        } else {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body()).contains("<html lang=\"ru\">", "Доступ запрещён").doesNotContain("Exception");
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }

    /** @param through the statuses that mean the request got past security (the default: a page, a redirect, a refused form) */
    record Endpoint(String method, String path, List<String> fields, Set<Role> allowed, List<Integer> through) {
        Endpoint(String method, String path, List<String> fields, Set<Role> allowed) {
            this(method, path, fields, allowed, List.of(200, 302, 303, 422));
        }

        /** A request whose target does not exist: 404 shows it got through. */
        Endpoint(String method, String path, List<String> fields, Set<Role> allowed, int status) {
            this(method, path, fields, allowed, List.of(status));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
