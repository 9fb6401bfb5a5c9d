package org.qualityportal.templating.rendering;

import org.qualityportal.content.Content;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;

/**
 * What a rendering model is built from: the node being rendered, its definition, the render, and
 * the light-module definitions (content types, messages).
 */
public record ModelContext(Content content, TemplateDefinition definition, RenderContext render,
                           LightModuleRegistry definitions) {
}
