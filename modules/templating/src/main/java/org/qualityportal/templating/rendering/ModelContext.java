package org.qualityportal.templating.rendering;

import org.qualityportal.content.Content;
import org.qualityportal.templating.definition.TemplateDefinition;

/** What a rendering model is built from: the node being rendered, its definition, and the render. */
public record ModelContext(Content content, TemplateDefinition definition, RenderContext render) {
}
