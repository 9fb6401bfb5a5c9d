package org.qualityportal.portal.author.assets;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentPaths;
import org.qualityportal.content.NodeData;
import org.qualityportal.portal.audit.AuditAction;
import org.qualityportal.portal.audit.AuditLog;
import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
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
 * One asset: its fields (checked by the content type's validator, with the typed values kept on a
 * problem), a new file in place of the old at the same path so that links stay valid, and deleting,
 * which only an unused asset allows and which also takes a published asset off the public site.
 */
@Controller
@RequestMapping("/author/assets")
class AssetEditorController {
    private final AssetLibrary library;
    private final AssetUsages usages;
    private final FileCheck check;
    private final UploadSettings upload;
    private final LightModuleRegistry registry;
    private final AuditLog audit;

    AssetEditorController(AssetLibrary library, AssetUsages usages, FileCheck check, UploadSettings upload,
                          LightModuleRegistry registry, AuditLog audit) {
        this.audit = audit;
        this.library = library;
        this.usages = usages;
        this.check = check;
        this.upload = upload;
        this.registry = registry;
    }

    @GetMapping("/edit")
    String edit(@RequestParam(required = false) String path, Model model) {
        Content asset = existing(path);
        ContentTypeDefinition type = AssetsController.assetType(registry);
        return page(model, asset, MetadataForm.values(type, library.tree(asset.path())), Map.of(), null);
    }

    @PostMapping("/edit")
    String save(@RequestParam(required = false) String path, @RequestParam Map<String, String> params, Principal me,
                Model model, RedirectAttributes redirect) {
        Content asset = existing(path);
        ContentTypeDefinition type = AssetsController.assetType(registry);
        NodeData stored = library.tree(asset.path());
        Map<String, String> typed = MetadataForm.posted(type, params);
        Map<String, Object> parsed = MetadataForm.parse(type, typed);
        Map<String, Object> whole = new HashMap<>(stored.properties());
        parsed.forEach((name, value) -> {
            if (value == null) {
                whole.remove(name);
            } else {
                whole.put(name, value);
            }
        });
        Map<String, String> errors = MetadataForm.problems(type, whole, stored);
        if (!errors.isEmpty()) {
            return page(model, asset, typed, errors, null);
        }
        library.update(asset.path(), parsed);
        audit.record(me.getName(), AuditAction.CHANGED, asset.path(), "сведения о файле");
        redirect.addFlashAttribute("notice", "Сведения о файле сохранены.");
        return "redirect:" + FolderPage.assetHref(asset.path());
    }

    /** Like the upload form, this one posts {@code path} and the CSRF token in its address, read here, not bound. */
    @PostMapping("/replace")
    String replace(HttpServletRequest request, HttpServletResponse response, Principal me, Model model,
                   RedirectAttributes redirect)
            throws IOException {
        Content asset = existing(request.getParameter("path"));
        ContentTypeDefinition type = AssetsController.assetType(registry);
        Optional<MultipartFile> file;
        try {
            file = MultipartParts.file(request, "file");
        } catch (MultipartParts.Refused e) {
            return e.page(response, model, upload, FolderPage.assetHref(asset.path()));
        }
        String problem = "Выберите файл, который заменит нынешний.";
        if (file.isPresent()) {
            try (StagedFile staged = StagedFile.of(file.get())) {
                FileCheck.Verdict verdict = check.check(staged.path(), staged.fileName());
                problem = verdict.problem();
                if (verdict.ok()) {
                    library.replaceFile(asset.path(), staged, verdict.mimeType());
                    audit.record(me.getName(), AuditAction.CHANGED, asset.path(), "файл заменён: " + staged.fileName());
                    redirect.addFlashAttribute("notice", "Файл заменён на «" + staged.fileName() + "»; адрес прежний.");
                    return "redirect:" + FolderPage.assetHref(asset.path());
                }
            }
        }
        return page(model, asset, MetadataForm.values(type, library.tree(asset.path())), Map.of(), problem);
    }

    @GetMapping("/delete")
    String confirmDelete(@RequestParam(required = false) String path, Model model) {
        Content asset = existing(path);
        model.addAttribute("asset", AssetPage.of(library.author(), asset, library.status(asset.path()), usages.of(asset.path()), List.of(), 0, null));
        return "author/assets/delete";
    }

    @PostMapping("/delete")
    String delete(@RequestParam(required = false) String path, Principal me, Model model, RedirectAttributes redirect) {
        Content asset = existing(path);
        List<AssetUsages.Usage> used = usages.of(asset.path());
        if (!used.isEmpty()) {
            model.addAttribute("asset", AssetPage.of(library.author(), asset, library.status(asset.path()), used, List.of(), 0, null));
            model.addAttribute("refused", true);
            return "author/assets/delete";
        }
        boolean wasPublished = library.delete(asset.path(), me.getName());
        audit.record(me.getName(), AuditAction.DELETED, asset.path(), FolderPage.title(asset));
        redirect.addFlashAttribute("notice", "Файл «" + FolderPage.title(asset) + "» удалён"
                + (wasPublished ? " и снят с публикации." : "."));
        return "redirect:" + FolderPage.folderHref(ContentPaths.parent(asset.path()));
    }

    private String page(Model model, Content asset, Map<String, String> values, Map<String, String> errors, String replaceError) {
        ContentTypeDefinition type = AssetsController.assetType(registry);
        List<MetadataForm.Field> fields = MetadataForm.fields(type, values, errors, registry.messages("ru"));
        model.addAttribute("asset", AssetPage.of(library.author(), asset, library.status(asset.path()), usages.of(asset.path()), fields,
                errors.size(), replaceError));
        model.addAttribute("upload", upload);
        return "author/assets/edit";
    }

    private Content existing(String path) {
        return library.asset(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
