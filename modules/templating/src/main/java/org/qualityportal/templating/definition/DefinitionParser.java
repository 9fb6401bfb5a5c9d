package org.qualityportal.templating.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Turns light-module YAML into definitions; every problem is an {@link IllegalArgumentException} with a readable message. */
public final class DefinitionParser {
    private static final Set<String> TEMPLATE_KEYS = Set.of("title", "templateScript", "dialog", "modelClass", "areas");

    private DefinitionParser() {
    }

    /** Parses YAML text to a mapping; an empty file is an empty mapping. */
    public static Map<String, Object> yamlMap(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object loaded = new Yaml(new SafeConstructor(options)).load(text);
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the file must be a YAML mapping");
        }
        return stringKeys(map);
    }

    /**
     * @param module light module name
     * @param name   base name of the file
     */
    public static TemplateDefinition template(String module, TemplateKind kind, String name, Map<String, Object> yaml) {
        String id = module + ":" + kind.folder() + "/" + name;
        String script = string(yaml, "templateScript", "/" + module + "/templates/" + kind.folder() + "/" + name + ".ftl");
        Map<String, AreaDefinition> areas = new LinkedHashMap<>();
        Object areaYaml = yaml.get("areas");
        if (areaYaml != null) {
            if (kind != TemplateKind.PAGE) {
                throw new IllegalArgumentException("only page templates have areas");
            }
            for (Map.Entry<String, Object> e : mapping(areaYaml, "areas").entrySet()) {
                areas.put(e.getKey(), area(module, e.getKey(), e.getValue() == null ? Map.of() : mapping(e.getValue(), "area " + e.getKey())));
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>(yaml);
        parameters.keySet().removeAll(TEMPLATE_KEYS);
        return new TemplateDefinition(id, kind, string(yaml, "title", name), stripSlash(script),
                string(yaml, "dialog", id), string(yaml, "modelClass", null), areas, parameters);
    }

    private static AreaDefinition area(String module, String name, Map<String, Object> yaml) {
        List<String> available = new ArrayList<>();
        Object listed = yaml.get("availableComponents");
        if (listed instanceof List<?> list) {
            list.forEach(c -> available.add(qualify(module, String.valueOf(c))));
        } else if (listed instanceof Map<?, ?> map) {
            // Magnolia's form: name -> {id: module:components/x}
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object id = e.getValue() instanceof Map<?, ?> m && m.get("id") != null ? m.get("id") : e.getKey();
                available.add(qualify(module, String.valueOf(id)));
            }
        } else if (listed != null) {
            throw new IllegalArgumentException("availableComponents of area " + name + " must be a list or mapping");
        }
        String script = string(yaml, "templateScript", null);
        return new AreaDefinition(name, string(yaml, "title", name), available, script == null ? null : stripSlash(script));
    }

    public static ContentTypeDefinition contentType(String module, String name, Map<String, Object> yaml) {
        List<FieldDefinition> fields = fields(yaml.get("fields"), name);
        return new ContentTypeDefinition(module + ":" + name, name, string(yaml, "label", name),
                string(yaml, "tree", name), string(yaml, "template", null), fields);
    }

    public static DialogDefinition dialog(String id, Map<String, Object> yaml) {
        return new DialogDefinition(id, string(yaml, "label", id), fields(yaml.get("fields"), id));
    }

    private static List<FieldDefinition> fields(Object yaml, String owner) {
        List<FieldDefinition> fields = new ArrayList<>();
        if (yaml == null) {
            return fields;
        }
        for (Map.Entry<String, Object> e : mapping(yaml, "fields of " + owner).entrySet()) {
            Map<String, Object> f = e.getValue() == null ? Map.of() : mapping(e.getValue(), "field " + e.getKey());
            Map<String, Object> extra = new LinkedHashMap<>(f);
            extra.keySet().removeAll(Set.of("type", "label", "required", "multiple", "i18n", "options", "fields"));
            List<String> options = new ArrayList<>();
            if (f.get("options") instanceof List<?> list) {
                list.forEach(o -> options.add(String.valueOf(o)));
            } else if (f.get("options") instanceof Map<?, ?> map) {
                map.keySet().forEach(o -> options.add(String.valueOf(o)));
            }
            fields.add(new FieldDefinition(e.getKey(), string(f, "type", "text"), string(f, "label", e.getKey()),
                    bool(f, "required"), bool(f, "multiple"), bool(f, "i18n"), options,
                    fields(f.get("fields"), e.getKey()), extra));
        }
        return fields;
    }

    private static String qualify(String module, String id) {
        return id.contains(":") ? id : module + ":components/" + id;
    }

    private static String stripSlash(String script) {
        return script.startsWith("/") ? script.substring(1) : script;
    }

    private static String string(Map<String, Object> yaml, String key, String fallback) {
        Object v = yaml.get(key);
        return v == null ? fallback : String.valueOf(v);
    }

    private static boolean bool(Map<String, Object> yaml, String key) {
        Object v = yaml.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(key + " must be true or false, not '" + v + "'");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object v, String what) {
        if (!(v instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " must be a mapping");
        }
        return stringKeys(map);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
