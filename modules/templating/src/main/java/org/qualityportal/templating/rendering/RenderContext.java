package org.qualityportal.templating.rendering;

import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.site.SiteMap;

/**
 * One page render: which workspace it reads, the page and its definition, and the request.
 *
 * @param url        the requested URL path, e.g. {@code /documents}
 * @param parameters query parameters (first value of each)
 * @param extras     further values for the page script (an error page's status, say)
 */
public record RenderContext(ContentView view, SiteMap site, Content page, TemplateDefinition pageDefinition,
                            String url, Map<String, String> parameters, Map<String, Object> extras) {

    public RenderContext {
        parameters = Map.copyOf(parameters);
        extras = Map.copyOf(extras);
    }
}
