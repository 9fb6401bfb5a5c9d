package org.qualityportal.portal.admin;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.ContentStore;
import org.qualityportal.content.transfer.ContentExporter;
import org.qualityportal.content.transfer.ContentImporter;
import org.qualityportal.content.transfer.ImportProgress;
import org.qualityportal.content.transfer.ImportReport;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.portal.config.PortalProperties;
import org.qualityportal.portal.config.PortalTime;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.portal.jobs.Progress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Import of a folder of content units and export of content trees, for admins, as jobs with a progress
 * page: the same work as the {@code import} and {@code export} commands, while the portal serves.
 * Exports go to {@code <portal.home>/exports/<date-time>}; imports read a folder on the server.
 */
@Controller
@RequestMapping("/admin/transfer")
class TransferController {
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** Trees offered for export; accounts are never exported. */
    static final List<String> EXPORTABLE = ContentStore.TREES.stream().filter(t -> !t.equals("users")).toList();

    private final ContentStore store;
    private final Jobs jobs;
    private final AuditLog audit;
    private final PortalProperties properties;
    private final PortalTime time;

    TransferController(ContentStore store, Jobs jobs, AuditLog audit, PortalProperties properties, PortalTime time) {
        this.store = store;
        this.jobs = jobs;
        this.audit = audit;
        this.properties = properties;
        this.time = time;
    }

    public record TransferPage(String folder, boolean publish, String folderError, List<String> trees, List<String> chosen,
                        String exports) {
        /** Problems by field name, as the form macros take them. */
        public Map<String, String> errors() {
            return folderError == null ? Map.of() : Map.of("folder", folderError);
        }
    }

    @GetMapping({"", "/"})
    String page(Model model) {
        return page(model, properties.contentImport().toAbsolutePath().normalize().toString(), true, null, List.of());
    }

    @PostMapping("/import")
    String importFolder(@RequestParam(defaultValue = "") String folder, @RequestParam(defaultValue = "false") boolean publish,
                        Principal me, Model model, HttpServletResponse response) {
        Optional<Path> directory = directory(folder);
        if (directory.isEmpty()) {
            response.setStatus(422);
            return page(model, folder, publish, "Укажите существующую папку на сервере портала, например "
                    + properties.contentImport().toAbsolutePath().normalize() + ".", List.of());
        }
        Path dir = directory.get();
        Job job = jobs.start("Импорт папки " + dir, me.getName(), "/admin/transfer", progress -> {
            ImportReport report = new ContentImporter(store).importDirectory(dir, publish, steps(progress));
            audit.record(me.getName(), AuditAction.IMPORTED, dir.toString(), describe(report));
            return "Импорт завершён: " + describe(report) + ".";
        });
        return "redirect:/author/jobs/" + job.id();
    }

    @PostMapping("/export")
    String export(@RequestParam(required = false) List<String> trees, Principal me) {
        List<String> chosen = trees == null ? EXPORTABLE : trees.stream().filter(EXPORTABLE::contains).distinct().toList();
        Path dir = properties.home().resolve("exports").resolve(FOLDER_NAME.format(time.now().atZone(time.zone())))
                .toAbsolutePath().normalize();
        Job job = jobs.start("Экспорт: " + String.join(", ", chosen), me.getName(), "/admin/transfer", progress -> {
            int units = new ContentExporter(store).export(dir, chosen, steps(progress));
            audit.record(me.getName(), AuditAction.EXPORTED, dir.toString(), units + " ед., разделы: " + String.join(", ", chosen));
            return "Экспорт завершён: записано " + units + " ед. в папку " + dir + ".";
        });
        return "redirect:/author/jobs/" + job.id();
    }

    private String page(Model model, String folder, boolean publish, String folderError, List<String> chosen) {
        model.addAttribute("page", new TransferPage(folder, publish, folderError, EXPORTABLE, chosen,
                properties.home().resolve("exports").toAbsolutePath().normalize().toString()));
        return "admin/transfer";
    }

    private static Optional<Path> directory(String folder) {
        if (folder.isBlank() || folder.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(folder.strip()).toAbsolutePath().normalize();
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static ImportProgress steps(Progress progress) {
        return (done, total, path) -> {
            progress.total(total);
            progress.step(path);
        };
    }

    private static String describe(ImportReport report) {
        return "единиц " + report.total() + ": новых " + report.created().size() + ", изменённых " + report.updated().size()
                + ", без изменений " + report.unchanged().size() + ", опубликовано " + report.published().size();
    }
}
