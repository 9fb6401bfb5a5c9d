package org.qualityportal.portal.author.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.qualityportal.templating.definition.AreaDefinition;
import org.qualityportal.templating.definition.DialogDefinition;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.definition.TemplateKind;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.springframework.stereotype.Component;

/**
 * Which page templates an editor may choose where, and what the page editor needs of a template: its
 * areas with their components, its dialog. Read from the light modules on every call, so a changed
 * template shows without restart. A page template offers itself for new pages unless it says
 * {@code visible: false} (templates of items and the error page); a parent template may narrow what
 * goes under it with {@code childTemplates: [ids]}.
 */
@Component
class PageTemplates {
    static final String VISIBLE = "visible";
    static final String CHILD_TEMPLATES = "childTemplates";

    private final LightModuleRegistry registry;

    PageTemplates(LightModuleRegistry registry) {
        this.registry = registry;
    }

    /** The templates a new or moved page may have under a page of {@code parentTemplate}, by title. */
    List<TemplateDefinition> allowedUnder(String parentTemplate) {
        Optional<List<?>> narrowed = template(parentTemplate)
                .map(t -> t.parameters().get(CHILD_TEMPLATES)).filter(List.class::isInstance).map(List.class::cast);
        return registry.templates().stream()
                .filter(t -> t.kind() == TemplateKind.PAGE)
                .filter(t -> !Boolean.FALSE.equals(t.parameters().get(VISIBLE)))
                .filter(t -> narrowed.map(ids -> ids.contains(t.id())).orElse(true))
                .sorted(Comparator.comparing(TemplateDefinition::title))
                .toList();
    }

    boolean isAllowed(String template, String parentTemplate) {
        return allowedUnder(parentTemplate).stream().anyMatch(t -> t.id().equals(template));
    }

    Optional<TemplateDefinition> template(String id) {
        return id == null ? Optional.empty() : registry.template(id);
    }

    String title(String id) {
        return template(id).map(TemplateDefinition::title).orElse(id == null ? "без шаблона" : id);
    }

    List<AreaDefinition> areas(String pageTemplate) {
        return template(pageTemplate).map(t -> List.copyOf(t.areas().values())).orElse(List.of());
    }

    Optional<AreaDefinition> area(String pageTemplate, String area) {
        return template(pageTemplate).map(t -> t.areas().get(area));
    }

    /** The dialog of a page or component template; a template without one has nothing to edit. */
    Optional<DialogDefinition> dialog(String templateId) {
        return template(templateId).map(TemplateDefinition::dialog).flatMap(registry::dialog);
    }
}
