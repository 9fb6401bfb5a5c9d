package org.qualityportal.templating.rendering;

import java.io.Reader;
import java.io.StringReader;

import org.qualityportal.templating.lightmodule.LightModuleRegistry;
import org.qualityportal.templating.lightmodule.Script;

import freemarker.cache.TemplateLoader;

/**
 * Serves scripts from the registry's last good sources, so a script that no longer parses keeps
 * serving its previous version. The version number stands in for the modification time.
 */
final class RegistryTemplateLoader implements TemplateLoader {
    private final LightModuleRegistry registry;

    RegistryTemplateLoader(LightModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object findTemplateSource(String name) {
        return registry.script(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return registry.script(((Script) source).name()).map(Script::version).orElse(-1L);
    }

    @Override
    public Reader getReader(Object source, String encoding) {
        Script current = registry.script(((Script) source).name()).orElse((Script) source);
        return new StringReader(current.text());
    }

    @Override
    public void closeTemplateSource(Object source) {
        // nothing to close: sources are held in memory
    }
}
