package org.qualityportal.portal.schedule;

import java.security.Principal;
import java.util.Map;

import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.config.PortalTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheduled publishing: every schedule for all authors to see; creating and cancelling for publishers
 * and admins (see the security configuration). The form is the macro in {@code author/schedule-form.ftlh},
 * also on its own page {@code /author/schedules/new?path=...}.
 */
@Controller
@RequestMapping("/author/schedules")
class SchedulesController {
    private static final String LIST = "/author/schedules";

    private final ContentStore store;
    private final Schedules schedules;
    private final AuditLog audit;
    private final PortalTime time;
    private final ScheduleProperties properties;

    SchedulesController(ContentStore store, Schedules schedules, AuditLog audit, PortalTime time,
                        ScheduleProperties properties) {
        this.store = store;
        this.schedules = schedules;
        this.audit = audit;
        this.time = time;
        this.properties = properties;
    }

    @GetMapping({"", "/"})
    String list(Model model) {
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            model.addAttribute("schedules", SchedulesPage.of(schedules, author, time, properties));
        }
        return "author/schedules";
    }

    @GetMapping("/new")
    String newSchedule(@RequestParam(defaultValue = "") String path, Model model) {
        return form(model, ScheduleForm.forPath(path), Map.of());
    }

    @PostMapping({"", "/"})
    String create(@ModelAttribute ScheduleForm form, Principal me, Model model, RedirectAttributes redirect) {
        ScheduleValidation check;
        String title;
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            check = ScheduleValidation.of(form, author, time);
            title = ScheduleTargets.title(author, form.path());
        }
        if (!check.valid()) {
            return form(model, form, check.errors());
        }
        schedules.add(form.path(), check.action(), check.at(), me.getName());
        String what = check.action().label().toLowerCase(java.util.Locale.ROOT) + " «" + title + "» на "
                + time.format(check.at());
        audit.record(me.getName(), AuditAction.SCHEDULED, form.path(), what);
        redirect.addFlashAttribute("notice", "Запланировано: " + what + ".");
        return "redirect:" + LIST;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable String id, Principal me, RedirectAttributes redirect) {
        var schedule = schedules.find(id);
        if (schedule.isEmpty() || !schedules.cancel(id)) {
            redirect.addFlashAttribute("notice", "Такого расписания нет: оно уже выполнено или отменено.");
            return "redirect:" + LIST;
        }
        Schedule s = schedule.get();
        String what = s.action().label().toLowerCase(java.util.Locale.ROOT) + " " + s.path() + " на "
                + time.format(s.at()) + " (запланировал " + s.user() + ")";
        audit.record(me.getName(), AuditAction.SCHEDULE_CANCELLED, s.path(), what);
        redirect.addFlashAttribute("notice", "Отменено: " + what + ".");
        return "redirect:" + LIST;
    }

    private String form(Model model, ScheduleForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", time.zone().getId());
        return "author/schedule-new";
    }
}
