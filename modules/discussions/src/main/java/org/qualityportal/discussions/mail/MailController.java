package org.qualityportal.discussions.mail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.qualityportal.discussions.DiscussionsProperties;
import org.qualityportal.discussions.web.ModulePages;
import org.qualityportal.discussions.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reader's side of mail: choosing how to get notifications ({@code /mail/settings}, signed in) and
 * switching them off from a mail's link without signing in ({@code /mail/unsubscribe}, guarded by the
 * link's token instead). Both forms post and redirect, so a reload never repeats the change.
 */
@Controller
class MailController {
    private static final String SETTINGS = "/mail/settings";
    private static final String UNSUBSCRIBE = "/mail/unsubscribe";

    private final ModulePages pages;
    private final MailPreferences preferences;
    private final UnsubscribeTokens tokens;
    private final Accounts accounts;
    private final boolean mailOn;

    MailController(ModulePages pages, MailPreferences preferences, UnsubscribeTokens tokens, Accounts accounts,
                   DiscussionsProperties properties) {
        this.pages = pages;
        this.preferences = preferences;
        this.tokens = tokens;
        this.accounts = accounts;
        this.mailOn = properties.mail().enabled();
    }

    @GetMapping(SETTINGS)
    ResponseEntity<String> settings(HttpServletRequest request, @RequestParam(required = false) String saved) {
        Viewer viewer = Viewer.current();
        if (!viewer.signedIn()) {
            return redirect("/login");
        }
        return settingsPage(request, HttpStatus.OK, viewer.login(), preferences.mode(viewer.login()), saved != null, "");
    }

    @PostMapping(SETTINGS)
    ResponseEntity<String> save(HttpServletRequest request, @RequestParam(required = false) String mode) {
        Viewer viewer = Viewer.current();
        if (!viewer.signedIn()) {
            return redirect("/login");
        }
        Optional<MailMode> chosen = MailMode.parse(mode);
        if (chosen.isEmpty()) {
            return settingsPage(request, HttpStatus.BAD_REQUEST, viewer.login(), preferences.mode(viewer.login()),
                    false, "Выберите один из вариантов: сразу, раз в день или не присылать.");
        }
        preferences.set(viewer.login(), chosen.get());
        return redirect(SETTINGS + "?saved=1");
    }

    @GetMapping(UNSUBSCRIBE)
    ResponseEntity<String> unsubscribePage(HttpServletRequest request, @RequestParam(required = false) String u,
                                           @RequestParam(required = false) String t) {
        if (!tokens.valid(u, t)) {
            return invalidLink(request);
        }
        boolean done = preferences.mode(u) == MailMode.NONE;
        return pages.render(request, "mail-unsubscribe", done ? "Вы отписались от уведомлений" : "Отписка от уведомлений",
                Map.of("state", done ? "done" : "confirm", "login", u, "token", t));
    }

    @PostMapping(UNSUBSCRIBE)
    ResponseEntity<String> unsubscribe(HttpServletRequest request, @RequestParam(required = false) String u,
                                       @RequestParam(required = false) String t) {
        if (!tokens.valid(u, t)) {
            return invalidLink(request);
        }
        preferences.set(u, MailMode.NONE);
        return redirect(UNSUBSCRIBE + "?u=" + URLEncoder.encode(u, StandardCharsets.UTF_8)
                + "&t=" + URLEncoder.encode(t, StandardCharsets.UTF_8));
    }

    private ResponseEntity<String> settingsPage(HttpServletRequest request, HttpStatus status, String login,
                                                MailMode current, boolean saved, String error) {
        List<Map<String, Object>> modes = java.util.Arrays.stream(MailMode.values()).map(m -> Map.<String, Object>of(
                "value", m.name(), "id", "mail-mode-" + m.name().toLowerCase(java.util.Locale.ROOT),
                "label", m.label(), "hint", m.hint(), "checked", m == current)).toList();
        Map<String, Object> values = new HashMap<>();
        values.put("modes", modes);
        values.put("saved", saved);
        values.put("savedLabel", current.label());
        values.put("error", error);
        values.put("email", accounts.find(login).map(Account::email).orElse(""));
        values.put("mailOn", mailOn);
        return pages.render(request, status, "mail-settings", "Уведомления", values);
    }

    private ResponseEntity<String> invalidLink(HttpServletRequest request) {
        return pages.render(request, HttpStatus.BAD_REQUEST, "mail-unsubscribe", "Ссылка недействительна",
                Map.of("state", "invalid", "login", "", "token", ""));
    }

    /** 303: the browser follows with a GET, whatever the method was. */
    private static ResponseEntity<String> redirect(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
