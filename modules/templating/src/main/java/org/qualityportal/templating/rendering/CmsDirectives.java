package org.qualityportal.templating.rendering;

import java.io.IOException;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.AreaDefinition;

import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;

/** {@code [@cms.area name="main"/]} and {@code [@cms.component content=c/]}. */
final class CmsDirectives {
    private final PageRenderer renderer;
    private final RenderContext context;

    CmsDirectives(PageRenderer renderer, RenderContext context) {
        this.renderer = renderer;
        this.context = context;
    }

    Map<String, Object> asHash() {
        return Map.of("area", (TemplateDirectiveModel) this::area, "component", (TemplateDirectiveModel) this::component);
    }

    private void area(freemarker.core.Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object name = params.get("name");
        if (!(name instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("cms.area needs name=\"...\"");
        }
        String areaName = scalar.getAsString();
        AreaDefinition area = context.pageDefinition().areas().get(areaName);
        if (area == null) {
            throw new TemplateModelException("Template " + context.pageDefinition().id() + " has no area '" + areaName + "'");
        }
        env.getOut().write(renderer.renderArea(context, area));
    }

    private void component(freemarker.core.Environment env, Map params, TemplateModel[] loopVars,
                           TemplateDirectiveBody body) throws TemplateException, IOException {
        Object content = params.get("content");
        if (content == null) {
            throw new TemplateModelException("cms.component needs content=...");
        }
        String path = ContentMaps.pathOf(DeepUnwrap.unwrap((TemplateModel) content));
        Content component = context.view().get(path)
                .filter(c -> NodeKind.COMPONENT.equals(c.kind()))
                .orElseThrow(() -> new TemplateModelException("No component at " + path));
        env.getOut().write(renderer.renderComponent(context, component));
    }
}
