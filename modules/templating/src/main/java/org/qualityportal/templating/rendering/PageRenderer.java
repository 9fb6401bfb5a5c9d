package org.qualityportal.templating.rendering;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.qualityportal.content.Content;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.NodeKind;
import org.qualityportal.templating.definition.AreaDefinition;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.definition.TemplateKind;
import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.lightmodule.ScriptChecker;
import org.qualityportal.templating.site.SiteMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders pages: page script, then each area's components through their own scripts. A component
 * that fails is logged and left out (or shown as an error box where {@code showComponentErrors}),
 * so one broken component never takes the page down.
 */
public final class PageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);
    private static final String ERROR_BOX = "render-error.ftl";
    private static final String LANGUAGE = "ru";
    private static final String FREEMARKER_LOGGER_LIBRARY = "org.freemarker.loggerLibrary";

    static {
        // FreeMarker picks the first logging library it finds; make it SLF4J, like the rest of the portal
        if (System.getProperty(FREEMARKER_LOGGER_LIBRARY) == null) {
            System.setProperty(FREEMARKER_LOGGER_LIBRARY, "SLF4J");
        }
    }

    private final LightModuleRegistry registry;
    private final ModelFactory models;
    private final boolean showComponentErrors;
    private final SiteMap site = new SiteMap();
    private final Configuration freemarker;

    public PageRenderer(LightModuleRegistry registry, ModelFactory models, boolean showComponentErrors) {
        this.registry = registry;
        this.models = models;
        this.showComponentErrors = showComponentErrors;
        this.freemarker = configuration(new MultiTemplateLoader(new TemplateLoader[] {
                new RegistryTemplateLoader(registry), internalTemplates()}));
        registry.onChange(freemarker::clearTemplateCache);
    }

    /** The portal's own scripts, read once from the classpath: a lookup that misses costs no class-loader search. */
    private static TemplateLoader internalTemplates() {
        StringTemplateLoader loader = new StringTemplateLoader();
        try (java.io.InputStream in = PageRenderer.class.getResourceAsStream("/templating-internal/" + ERROR_BOX)) {
            loader.putTemplate(ERROR_BOX, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Missing built-in template " + ERROR_BOX, e);
        }
        return loader;
    }

    /** Parses a script with the same settings used for rendering, without running it. */
    public static ScriptChecker scriptChecker() {
        Configuration parseOnly = configuration(null);
        return (name, text) -> new Template(name, new StringReader(text), parseOnly);
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        if (loader != null) {
            cfg.setTemplateLoader(loader);
        }
        cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setDefaultEncoding("UTF-8");
        // one script per name: no probing for layout_ru_RU.ftl, layout_ru.ftl on every import
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.forLanguageTag(LANGUAGE));
        // years and counts are printed as they are; grouping is a formatting choice made in scripts
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // the registry bumps script versions on change, so checking on every request costs a map lookup
        cfg.setTemplateUpdateDelayMilliseconds(0);
        return cfg;
    }

    public SiteMap site() {
        return site;
    }

    /**
     * Renders a page of the given workspace view.
     *
     * @throws RenderException when the page has no usable template or its script fails
     */
    public String renderPage(ContentView view, Content page, String url, Map<String, String> parameters,
                             Map<String, Object> extras) {
        TemplateDefinition definition = registry.template(page.template())
                .filter(d -> d.kind() == TemplateKind.PAGE)
                .orElseThrow(() -> new RenderException("No page template '" + page.template() + "' for " + page.path()));
        RenderContext context = new RenderContext(view, site, page, definition, url, parameters, extras);
        try {
            return process(context, page, definition);
        } catch (TemplateException | IOException | RuntimeException e) {
            throw new RenderException("Page " + page.path() + " (" + definition.id() + ") failed: " + e.getMessage(), e);
        }
    }

    String renderArea(RenderContext context, AreaDefinition area) throws IOException {
        String areaPath = context.page().path() + "/" + area.name();
        List<Content> components = context.view().children(areaPath).stream()
                .filter(c -> NodeKind.COMPONENT.equals(c.kind())).toList();
        StringBuilder html = new StringBuilder();
        if (area.script() == null) {
            for (Content component : components) {
                html.append(renderComponent(context, component));
            }
            return html.toString();
        }
        try {
            Map<String, Object> model = dataModel(context, context.page(), context.pageDefinition(), null);
            model.put("components", components.stream().map(c -> ContentMaps.of(c, site)).toList());
            model.put("area", area);
            StringWriter out = new StringWriter();
            freemarker.getTemplate(area.script()).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new IOException("Area " + area.name() + " failed: " + e.getMessage(), e);
        }
    }

    String renderComponent(RenderContext context, Content component) {
        try {
            TemplateDefinition definition = registry.template(component.template())
                    .filter(d -> d.kind() == TemplateKind.COMPONENT)
                    .orElseThrow(() -> new RenderException("no component template '" + component.template() + "'"));
            return process(context, component, definition);
        } catch (TemplateException | IOException | RuntimeException e) {
            LOG.error("Component {} ({}) on {} failed and was left out: {}", component.path(), component.template(),
                    context.url(), e.getMessage());
            return showComponentErrors ? errorBox(component, e) : "";
        }
    }

    private String process(RenderContext context, Content content, TemplateDefinition definition)
            throws IOException, TemplateException {
        Object model = null;
        if (definition.modelClass() != null) {
            try {
                model = models.create(definition.modelClass(), new ModelContext(content, definition, context, registry));
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                throw new RenderException("model " + definition.modelClass() + " could not be created: " + cause, cause);
            }
        }
        Template template = freemarker.getTemplate(definition.script());
        StringWriter out = new StringWriter();
        template.process(dataModel(context, content, definition, model), out);
        return out.toString();
    }

    private Map<String, Object> dataModel(RenderContext context, Content content, TemplateDefinition definition,
                                          Object model) {
        Map<String, Object> data = new HashMap<>(context.extras());
        data.put("content", ContentMaps.of(content, site));
        data.put("page", ContentMaps.of(context.page(), site));
        data.put("def", definitionMap(definition));
        if (model != null) {
            data.put("model", model);
        }
        data.put("cmsfn", new CmsFunctions(context.view(), site, registry));
        data.put("navfn", new NavigationFunctions(context.view(), site, context.page().path()));
        data.put("damfn", new AssetFunctions(context.view(), site));
        data.put("i18n", new MessagesModel(registry.messages(LANGUAGE)));
        data.put("ctx", Map.of("url", context.url(), "parameters", context.parameters(), "language", LANGUAGE));
        data.put("cms", new CmsDirectives(this, context).asHash());
        return data;
    }

    private static Map<String, Object> definitionMap(TemplateDefinition definition) {
        Map<String, Object> map = new LinkedHashMap<>(definition.parameters());
        map.put("id", definition.id());
        map.put("title", definition.title());
        return map;
    }

    private String errorBox(Content component, Exception e) {
        try {
            StringWriter out = new StringWriter();
            freemarker.getTemplate(ERROR_BOX).process(Map.of(
                    "template", String.valueOf(component.template()), "path", component.path(),
                    "message", String.valueOf(e.getMessage())), out);
            return out.toString();
        } catch (TemplateException | IOException failure) {
            LOG.error("The error box itself failed", failure);
            return "";
        }
    }
}
