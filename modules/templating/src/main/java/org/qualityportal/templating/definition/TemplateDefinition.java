package org.qualityportal.templating.definition;

import java.util.Map;

/**
 * A page or component template read from {@code <module>/templates/<kind>/<name>.yaml}.
 *
 * @param id         {@code module:pages/name} or {@code module:components/name}
 * @param script     FreeMarker script name, e.g. {@code portal/templates/pages/general.ftl}
 * @param dialog     dialog id used by the editor, e.g. {@code portal:components/text}
 * @param modelClass optional {@link org.qualityportal.templating.rendering.RenderingModel} class name
 * @param areas      page areas by name, in declared order (kept); empty for components
 * @param parameters any further keys of the definition, for scripts and models
 */
public record TemplateDefinition(String id, TemplateKind kind, String title, String script, String dialog,
                                 String modelClass, Map<String, AreaDefinition> areas, Map<String, Object> parameters) {

    public TemplateDefinition {
        areas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(areas)); // declared order: the editor lists them so
        parameters = Map.copyOf(parameters);
    }
}
