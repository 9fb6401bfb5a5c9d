package org.qualityportal.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The portal's seed content ({@code content-import/*.yaml}) read as raw material for a synthetic
 * archive: every text in it split into sentences of words, its titles, the values the portal
 * facets by (mechanisms, municipalities, organisations), and the content types' labels and trees
 * from the light module. Nothing is invented here; {@link Vocabulary} and {@link ArchiveGenerator}
 * recombine it.
 *
 * @param sentences sentences of every text (titles, summaries, bodies, rows), as words in order
 * @param titles titles of the seed items, as words
 * @param mechanisms titles of the mechanisms
 * @param municipalities titles of the municipalities
 * @param organisations issuers, organisations, organisers and authors named in the seed
 * @param types content type name to its label and tree
 * @param files number of seed files read
 */
record SeedText(List<List<String>> sentences, List<List<String>> titles, List<String> mechanisms,
        List<String> municipalities, List<String> organisations, Map<String, ContentType> types, int files) {

    /** A content type as the light module defines it. */
    record ContentType(String name, String label, String tree) {
    }

    /** Keys whose values are names of organisations or people (the portal's text facets). */
    private static final Set<String> ORGANISATION_KEYS = Set.of("issuer", "organisation", "organisers",
            "coOrganisers", "author");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+|\\n+");
    /** Words, numbers, hyphenated compounds ("научно-методический") and numbers like "03/524". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-/][\\p{L}\\p{N}]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** Reads every {@code *.yaml} of the seed directory and the content types of the light module. */
    static SeedText read(Path contentImport, Path contentTypes) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> titleTexts = new ArrayList<>();
        Set<String> mechanisms = new TreeSet<>();
        Set<String> municipalities = new TreeSet<>();
        Set<String> organisations = new TreeSet<>();
        List<Path> files = yamlFiles(contentImport);
        for (Path file : files) {
            if (!(load(file) instanceof Map<?, ?> item)) {
                continue;
            }
            Object type = item.get("qp:contentType");
            Object title = item.get("title");
            if (title instanceof String t) {
                titleTexts.add(t);
                if ("mechanism".equals(type)) {
                    mechanisms.add(t);
                } else if ("municipality".equals(type)) {
                    municipalities.add(t);
                }
            }
            collect(item, texts, organisations);
        }
        Map<String, ContentType> types = new LinkedHashMap<>();
        for (Path file : yamlFiles(contentTypes)) {
            if (load(file) instanceof Map<?, ?> definition) {
                String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                types.put(name, new ContentType(name, String.valueOf(definition.get("label")),
                        String.valueOf(definition.get("tree"))));
            }
        }
        List<List<String>> titles = titleTexts.stream().map(SeedText::words).filter(w -> !w.isEmpty()).toList();
        return new SeedText(sentences(texts), titles, List.copyOf(mechanisms), List.copyOf(municipalities),
                List.copyOf(organisations), types, files.size());
    }

    /** The words of a text, in order, as written (case kept). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static List<List<String>> sentences(List<String> texts) {
        List<List<String>> sentences = new ArrayList<>();
        for (String text : texts) {
            String plain = TAG.matcher(text).replaceAll("\n");
            for (String sentence : SENTENCE_END.split(plain)) {
                List<String> words = words(sentence);
                if (!words.isEmpty()) {
                    sentences.add(words);
                }
            }
        }
        return sentences;
    }

    /** Every string of the item except links, dates and the repository's own keys. */
    private static void collect(Object value, List<String> texts, Set<String> organisations) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                String name = String.valueOf(key);
                if (ORGANISATION_KEYS.contains(name)) {
                    strings(child).forEach(organisations::add);
                }
                if (!name.startsWith("qp:")) {
                    collect(child, texts, organisations);
                }
            });
        } else if (value instanceof Collection<?> list) {
            list.forEach(child -> collect(child, texts, organisations));
        } else if (value instanceof String text && !text.startsWith("/") && !DATE.matcher(text).matches()) {
            texts.add(text);
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String text ? List.of(text) : List.of();
    }

    private static Object load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
    }

    private static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
