package org.qualityportal.tools.attachments;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Roadmap 2018 as the portal carries it ({@code documents.roadmaps.roadmap-2018.yaml}), so the
 * PDF table and the web page show the same 19 events.
 */
record Roadmap(String title, List<Event> events) {
    static final String FILE = "documents.roadmaps.roadmap-2018.yaml";

    record Event(int number, String section, String name, List<String> participants, String executors,
            String deadline, List<String> results) {
    }

    static Roadmap read(Path contentImport) throws IOException {
        Map<?, ?> root;
        try (Reader in = Files.newBufferedReader(contentImport.resolve(FILE))) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        List<Event> events = new ArrayList<>();
        for (Object value : ((Map<?, ?>) root.get("events")).values()) {
            if (value instanceof Map<?, ?> e) {
                events.add(new Event(((Number) e.get("number")).intValue(), text(e, "section"), text(e, "name"),
                        list(e.get("participants")), text(e, "executors"), text(e, "deadline"), list(e.get("result"))));
            }
        }
        return new Roadmap(text(root, "title"), List.copyOf(events));
    }

    private static String text(Map<?, ?> map, String key) {
        return String.valueOf(map.get(key));
    }

    private static List<String> list(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }
}
