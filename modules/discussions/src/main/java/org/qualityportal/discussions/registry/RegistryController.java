package org.qualityportal.discussions.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.qualityportal.api.Account;
import org.qualityportal.api.Accounts;
import org.qualityportal.api.AuditTrail;
import org.qualityportal.discussions.ModuleTime;
import org.qualityportal.discussions.web.ModulePages;
import org.qualityportal.discussions.web.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Applying to the expert registry (any signed-in account); moderators decide in the moderation queue. */
@Controller
class RegistryController {
    static final String APPLY = "/experts/apply";

    private final ExpertRegistry registry;
    private final Directory directory;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final ModulePages pages;
    private final ModuleTime time;

    RegistryController(ExpertRegistry registry, Directory directory, Accounts accounts, AuditTrail audit,
                       ModulePages pages, ModuleTime time) {
        this.registry = registry;
        this.directory = directory;
        this.accounts = accounts;
        this.audit = audit;
        this.pages = pages;
        this.time = time;
    }

    @GetMapping(APPLY)
    ResponseEntity<String> form(@RequestParam(required = false) String sent, HttpServletRequest request) {
        return show(request, HttpStatus.OK, ExpertApplication.empty(), Map.of(), sent != null);
    }

    @PostMapping(APPLY)
    Object apply(@ModelAttribute ExpertApplication form, HttpServletRequest request) {
        Viewer viewer = Viewer.current();
        Optional<Expert> existing = registry.byLogin(viewer.login());
        if (existing.isPresent() && !reapplicable(existing.get())) {
            return show(request, HttpStatus.CONFLICT, form, Map.of(), false);
        }
        Map<String, String> errors = form.problems(directory.municipalityTitles().keySet(),
                directory.areaTitles().keySet(), time.today().getYear());
        if (!errors.isEmpty()) {
            return show(request, HttpStatus.UNPROCESSABLE_ENTITY, form, errors, false);
        }
        Account account = accounts.find(viewer.login()).orElseThrow();
        Expert e = registry.apply(account, form);
        audit.record(viewer.login(), "EXPERT_APPLIED", "Заявка в реестр экспертов", "/experts/" + e.id(),
                e.organisation());
        return "redirect:" + APPLY + "?sent";
    }

    private ResponseEntity<String> show(HttpServletRequest request, HttpStatus status, ExpertApplication form,
                                        Map<String, String> errors, boolean sent) {
        Map<String, Object> values = new HashMap<>();
        values.put("form", form);
        values.put("errors", errors);
        values.put("sent", sent);
        values.put("municipalities", directory.municipalities());
        values.put("areas", directory.areas());
        Optional<Expert> existing = registry.byLogin(Viewer.current().login());
        values.put("existing", existing.map(e -> Map.of("status", e.status().label(), "reason", e.decisionReason(),
                "reapply", reapplicable(e))).orElse(Map.of()));
        values.put("selectedAreas", form.areas());
        values.put("signedIn", Viewer.current().signedIn());
        return pages.render(request, status, "apply", "Заявка в реестр экспертов", values);
    }

    private static boolean reapplicable(Expert e) {
        return e.status() == ExpertStatus.DECLINED || e.status() == ExpertStatus.LEFT;
    }
}
