package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assets app: the folders and files of {@code /dam}, and uploading several files at once. Each
 * file is checked on its own (type from content, size, whole), so one bad file never stops the
 * others; what became of each is shown after the redirect.
 */
@Controller
@RequestMapping("/author/assets")
class AssetsController {
    private static final Logger LOG = LoggerFactory.getLogger(AssetsController.class);

    private final ContentStore store;
    private final AssetLibrary library;
    private final AssetUsages usages;
    private final FileCheck check;
    private final UploadSettings upload;
    private final LightModuleRegistry registry;
    private final AuditLog audit;

    AssetsController(ContentStore store, AssetLibrary library, AssetUsages usages, FileCheck check, UploadSettings upload,
                     LightModuleRegistry registry, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.library = library;
        this.usages = usages;
        this.check = check;
        this.upload = upload;
        this.registry = registry;
    }

    @GetMapping({"", "/"})
    String list(@RequestParam(defaultValue = AssetLibrary.ROOT) String folder, @RequestParam(required = false) String report,
                HttpSession session, Model model) {
        Content at = library.folder(folder).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (ContentSession author = store.open(Workspace.AUTHOR)) {
            model.addAttribute("page", FolderPage.of(author, store.publisher(), at, usages.all()));
        }
        model.addAttribute("upload", upload);
        UploadReport.find(session, report).filter(r -> r.folder().equals(folder))
                .ifPresent(r -> model.addAttribute("report", r));
        return "author/assets/list";
    }

    /**
     * The form posts {@code folder} and the CSRF token in its address, so that both are there even when
     * the container refuses the body as too large and the page says so. Parameters are read here rather
     * than bound: binding one looks for a file of its name first, which reads the parts before the
     * handler can catch a refusal.
     */
    @PostMapping("/upload")
    String upload(HttpServletRequest request, HttpServletResponse response, HttpSession session, Principal me,
                  Model model, RedirectAttributes redirect) {
        String folder = Objects.requireNonNullElse(request.getParameter("folder"), AssetLibrary.ROOT);
        Content at = library.folder(folder).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<MultipartFile> files;
        try {
            files = MultipartParts.files(request, "files");
        } catch (MultipartParts.Refused e) {
            return e.page(response, model, upload, FolderPage.folderHref(at.path()));
        }
        if (files.isEmpty()) {
            redirect.addFlashAttribute("notice", "Файлы не выбраны: выберите один или несколько файлов.");
            return "redirect:" + FolderPage.folderHref(at.path());
        }
        ContentTypeDefinition type = assetType(registry);
        List<UploadReport.Stored> stored = new ArrayList<>();
        List<UploadReport.Refused> refused = new ArrayList<>();
        for (MultipartFile part : files) {
            try (StagedFile file = StagedFile.of(part)) {
                FileCheck.Verdict verdict = check.check(file.path(), file.fileName());
                if (verdict.ok()) {
                    String path = library.create(at.path(), file, verdict.mimeType(), type);
                    audit.record(me.getName(), AuditAction.CREATED, path, "загружен файл " + file.fileName());
                    stored.add(new UploadReport.Stored(file.fileName(), path, FileTypes.label(verdict.mimeType()),
                            Sizes.format(file.size())));
                } else {
                    refused.add(new UploadReport.Refused(file.fileName(), verdict.problem()));
                }
            } catch (IOException e) {
                LOG.warn("Upload of {} failed", part.getOriginalFilename(), e);
                refused.add(new UploadReport.Refused(FileNames.clean(part.getOriginalFilename()),
                        "Файл не удалось прочитать; попробуйте загрузить его ещё раз."));
            }
        }
        String id = new UploadReport(at.path(), stored, refused).keep(session);
        String query = at.path().equals(AssetLibrary.ROOT) ? "?" : "?folder=" + at.path() + "&";
        return "redirect:/author/assets" + query + "report=" + id;
    }

    static ContentTypeDefinition assetType(LightModuleRegistry registry) {
        return registry.contentType("asset").orElseThrow(() -> new IllegalStateException(
                "The asset content type (contentTypes/asset.yaml) is missing from the light modules"));
    }
}
