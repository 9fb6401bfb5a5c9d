package org.qualityportal.templating.lightmodule;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.qualityportal.templating.definition.ContentTypeDefinition;
import org.qualityportal.templating.definition.DefinitionParser;
import org.qualityportal.templating.definition.DialogDefinition;
import org.qualityportal.templating.definition.DefinitionProblem;
import org.qualityportal.templating.definition.TemplateDefinition;
import org.qualityportal.templating.definition.TemplateKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the light modules under one folder define, kept current by {@link #refresh()}.
 * Each file is read when it changes; a file that fails to parse is reported as a
 * {@link DefinitionProblem} and the last good version of it stays in force.
 */
public final class LightModuleRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(LightModuleRegistry.class);

    private final Path root;
    private final ScriptChecker scriptChecker;
    private final Clock clock;
    private final AtomicLong versions = new AtomicLong();

    private final Map<Path, String> seen = new HashMap<>();
    private final Map<String, TemplateDefinition> templates = new ConcurrentHashMap<>();
    private final Map<String, ContentTypeDefinition> contentTypes = new ConcurrentHashMap<>();
    private final Map<String, DialogDefinition> dialogs = new ConcurrentHashMap<>();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** Merged messages per language, dropped whenever anything changes; read on every render. */
    private final Map<String, Map<String, String>> mergedMessages = new ConcurrentHashMap<>();
    private final Map<String, DefinitionProblem> problems = new ConcurrentHashMap<>();
    /** Owner of each loaded entry, so a deleted file takes its definition with it. */
    private final Map<Path, Runnable> removers = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public LightModuleRegistry(Path root, ScriptChecker scriptChecker, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.scriptChecker = scriptChecker;
        this.clock = clock;
    }

    /** Called after every refresh that changed something. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Reads new, changed and deleted files since the last call.
     *
     * @return whether anything changed
     */
    public synchronized boolean refresh() {
        Map<Path, String> current = new HashMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(f -> current.put(f, stamp(f)));
            } catch (IOException | java.io.UncheckedIOException e) {
                LOG.warn("Cannot scan light modules at {}: {}", root, e.getMessage());
                return false;
            }
        }
        boolean changed = false;
        for (Path gone : new ArrayList<>(seen.keySet())) {
            if (!current.containsKey(gone)) {
                seen.remove(gone);
                Runnable remover = removers.remove(gone);
                if (remover != null) {
                    remover.run();
                }
                problems.remove(relative(gone));
                changed = true;
            }
        }
        for (Map.Entry<Path, String> e : new TreeMap<>(current).entrySet()) {
            if (!e.getValue().equals(seen.get(e.getKey()))) {
                seen.put(e.getKey(), e.getValue());
                load(e.getKey());
                changed = true;
            }
        }
        if (changed) {
            mergedMessages.clear();
            listeners.forEach(Runnable::run);
        }
        return changed;
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void load(Path file) {
        String rel = relative(file);
        String[] parts = rel.split("/");
        if (parts.length < 2) {
            return;
        }
        String module = parts[0];
        String fileName = parts[parts.length - 1];
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        try {
            if (parts[1].equals("webresources")) {
                String key = module + "/" + rel.substring(module.length() + "webresources/".length() + 1);
                fingerprints.put(key, fingerprint(file));
                removers.put(file, () -> fingerprints.remove(key));
            } else if (fileName.endsWith(".ftl") && parts[1].equals("templates")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                scriptChecker.check(rel, text);
                scripts.put(rel, new Script(rel, text, versions.incrementAndGet()));
                removers.put(file, () -> scripts.remove(rel));
            } else if (fileName.endsWith(".yaml") && parts.length == 4 && parts[1].equals("templates")) {
                TemplateKind kind = parts[2].equals("pages") ? TemplateKind.PAGE
                        : parts[2].equals("components") ? TemplateKind.COMPONENT : null;
                if (kind != null) {
                    TemplateDefinition def = DefinitionParser.template(module, kind, base, yaml(file));
                    templates.put(def.id(), def);
                    removers.put(file, () -> templates.remove(def.id()));
                }
            } else if (fileName.endsWith(".yaml") && parts.length == 3 && parts[1].equals("contentTypes")) {
                ContentTypeDefinition def = DefinitionParser.contentType(module, base, yaml(file));
                contentTypes.put(def.name(), def);
                removers.put(file, () -> contentTypes.remove(def.name()));
            } else if (fileName.endsWith(".yaml") && parts.length == 4 && parts[1].equals("dialogs")) {
                String id = module + ":" + parts[2] + "/" + base;
                dialogs.put(id, DefinitionParser.dialog(id, yaml(file)));
                removers.put(file, () -> dialogs.remove(id));
            } else if (fileName.endsWith(".properties") && parts[1].equals("i18n")) {
                String key = rel;
                bundles.put(key, properties(file));
                removers.put(file, () -> bundles.remove(key));
            } else if (fileName.endsWith(".yaml") && !rel.endsWith("module.yaml")) {
                yaml(file); // other definitions are at least checked for syntax
            }
            if (problems.remove(rel) != null) {
                LOG.info("Light module file {} is valid again", rel);
            }
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.put(rel, new DefinitionProblem(rel, message, clock.instant()));
            LOG.warn("Light module file {} is broken; the last good version stays in force: {}", rel, message);
        }
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return DefinitionParser.yamlMap(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Map<String, String> properties(Path file) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, String> result = new HashMap<>();
        props.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
        return result;
    }

    private static String fingerprint(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<TemplateDefinition> template(String id) {
        return Optional.ofNullable(id == null ? null : templates.get(id));
    }

    public Collection<TemplateDefinition> templates() {
        return List.copyOf(templates.values());
    }

    public Optional<ContentTypeDefinition> contentType(String name) {
        return Optional.ofNullable(name == null ? null : contentTypes.get(name));
    }

    public Collection<ContentTypeDefinition> contentTypes() {
        return List.copyOf(contentTypes.values());
    }

    public Optional<DialogDefinition> dialog(String id) {
        return Optional.ofNullable(dialogs.get(id));
    }

    public Optional<Script> script(String name) {
        return Optional.ofNullable(scripts.get(name));
    }

    /** Fingerprint of {@code <module>/<path under webresources>}, if the file exists. */
    public Optional<String> fingerprint(String module, String path) {
        return Optional.ofNullable(fingerprints.get(module + "/" + path));
    }

    /**
     * Messages for a language, from every module's {@code i18n/*_<language>.properties}; modules
     * are merged in name order.
     */
    public Map<String, String> messages(String language) {
        return mergedMessages.computeIfAbsent(language, lang -> {
            Map<String, String> merged = new HashMap<>();
            new TreeMap<>(bundles).forEach((file, messages) -> {
                if (file.endsWith("_" + lang + ".properties")) {
                    merged.putAll(messages);
                }
            });
            return Map.copyOf(merged);
        });
    }

    /** Problems with files as they are on disk now, oldest first. */
    public List<DefinitionProblem> problems() {
        return problems.values().stream().sorted(java.util.Comparator.comparing(DefinitionProblem::seen)).toList();
    }
}
