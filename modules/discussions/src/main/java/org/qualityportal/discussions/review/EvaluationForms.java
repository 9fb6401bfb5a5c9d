package org.qualityportal.discussions.review;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The current evaluation form, read from {@code <light modules>/discussions/forms/evaluation.yaml}.
 * Light modules are edited live, so the file is read again whenever its modification time changes. A
 * broken edit must not take the review down mid-way: the last form that read well is kept and the
 * problem is logged.
 */
@Component
public class EvaluationForms {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationForms.class);
    static final String FILE = "discussions/forms/evaluation.yaml";

    private final Path file;
    private FileTime readAt;
    private EvaluationForm last;

    @Autowired
    EvaluationForms(@Value("${portal.light-modules:./light-modules}") String lightModules) {
        this(Path.of(lightModules));
    }

    /** For tests and tools: the light modules folder. */
    public EvaluationForms(Path lightModules) {
        this.file = lightModules.resolve(FILE);
    }

    /** The form; throws {@link IllegalStateException} only if no version of the file was ever readable. */
    public synchronized EvaluationForm current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (last == null || !modified.equals(readAt)) {
                readAt = modified;
                last = read();
                LOG.info("Evaluation form read from {}: {} criteria", file, last.criteria().size());
            }
        } catch (IOException | RuntimeException e) {
            if (last == null) {
                throw new IllegalStateException("The evaluation form " + file + " cannot be read: " + e.getMessage(), e);
            }
            LOG.error("The evaluation form {} is broken; keeping the last good one: {}", file, e.getMessage());
        }
        return last;
    }

    private EvaluationForm read() throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<?, ?> map = asMap(root, "the file");
            List<EvaluationForm.Criterion> criteria = new ArrayList<>();
            for (Object item : asList(map.get("criteria"))) {
                criteria.add(criterion(asMap(item, "a criterion")));
            }
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("no criteria");
            }
            if (criteria.stream().map(EvaluationForm.Criterion::id).distinct().count() != criteria.size()) {
                throw new IllegalArgumentException("criterion ids repeat");
            }
            return new EvaluationForm(string(map, "title"), criteria);
        }
    }

    private static EvaluationForm.Criterion criterion(Map<?, ?> map) {
        String id = string(map, "id");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("criterion id '" + id + "' is not lower-case letters, digits and '-'");
        }
        List<EvaluationForm.Level> levels = new ArrayList<>();
        asMap(map.get("scale"), "the scale of " + id).forEach((score, label) -> {
            if (!(score instanceof Integer s) || label == null) {
                throw new IllegalArgumentException("the scale of " + id + " needs whole-number scores with labels");
            }
            levels.add(new EvaluationForm.Level(s, label.toString().strip()));
        });
        if (levels.size() < 2) {
            throw new IllegalArgumentException("the scale of " + id + " has fewer than two levels");
        }
        levels.sort(Comparator.comparingInt(EvaluationForm.Level::score));
        return new EvaluationForm.Criterion(id, string(map, "title"), string(map, "description"), levels);
    }

    private static Map<?, ?> asMap(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new IllegalArgumentException(what + " is not a mapping");
    }

    private static List<?> asList(Object o) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new IllegalArgumentException("'criteria' is not a list");
    }

    private static String string(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null || v.toString().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return v.toString().strip();
    }
}
