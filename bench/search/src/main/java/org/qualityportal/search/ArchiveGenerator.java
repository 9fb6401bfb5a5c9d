package org.qualityportal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A synthetic archive of published items in the seed's vocabulary, made on the fly: document
 * {@code i} depends only on the seed number and {@code i}, so every pass yields the same archive
 * and no pass holds it in memory (100,000 items with attachments are some 600 MB of text).
 *
 * <p>Shape, as an archive of this portal would have it: mostly documents, news and conference
 * materials; dates spread over 2015–2026; up to two mechanisms, up to three municipalities (a few
 * large ones far more often, by Zipf's law) and an organisation from the seed's values; bodies of
 * a few hundred words (log-normal, median {@value #BODY_MEDIAN}); a fifth of the items with an
 * attached file of {@value #ATTACHMENT_MIN}–{@value #ATTACHMENT_MAX} words, some with two.
 */
final class ArchiveGenerator implements Iterable<SearchDocument> {
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2026;
    static final double WITH_ATTACHMENT = 0.2;
    static final int ATTACHMENT_MIN = 1500;
    static final int ATTACHMENT_MAX = 4000;
    private static final int BODY_MEDIAN = 220;
    /** Content types of the archive and their shares (the rest of the seed's types are a few fixed items). */
    static final String[] TYPES = {"document", "news", "material", "practice", "conference", "article"};
    private static final int[] TYPE_WEIGHTS = {35, 25, 20, 10, 5, 5};
    private static final String[] EXTENSIONS = {"pdf", "pdf", "pdf", "docx", "docx", "pptx", "xlsx"};
    private static final long DAYS = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay()
            - LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();

    private final SeedText seed;
    private final Vocabulary vocabulary;
    private final int count;
    private final long seedNumber;
    /** Urban districts first: with Zipf's law, the big towns get most of the items. */
    private final List<String> municipalities;

    ArchiveGenerator(SeedText seed, Vocabulary vocabulary, int count, long seedNumber) {
        this.seed = seed;
        this.vocabulary = vocabulary;
        this.count = count;
        this.seedNumber = seedNumber;
        this.municipalities = seed.municipalities().stream()
                .sorted(java.util.Comparator.comparing((String m) -> !m.contains("городской округ"))
                        .thenComparing(m -> m))
                .toList();
        for (String type : TYPES) {
            if (!seed.types().containsKey(type)) {
                throw new IllegalStateException("The light module has no content type " + type);
            }
        }
    }

    int size() {
        return count;
    }

    @Override
    public Iterator<SearchDocument> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public SearchDocument next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return document(next++);
            }
        };
    }

    /** The {@code i}-th document of the archive. */
    SearchDocument document(int i) {
        RandomGenerator random = new SplittableRandom(seedNumber ^ (i * 0x9E3779B97F4A7C15L));
        SeedText.ContentType type = seed.types().get(TYPES[weighted(random, TYPE_WEIGHTS)]);
        LocalDate date = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextLong(DAYS));
        String path = "/" + type.tree() + "/archive/" + date.getYear() + "/" + type.name() + "-" + i;
        String title = vocabulary.title(random, 5 + random.nextInt(12));
        SearchDocument doc = SearchDocument.of(path, path + ".html", type.name(), type.label(), title)
                .withDate(date)
                .withSummary(vocabulary.text(random, 15 + random.nextInt(35)))
                .withBody(vocabulary.text(random, logNormal(random, BODY_MEDIAN, 0.7, 30, 3000)))
                .withMechanisms(pick(random, seed.mechanisms(), random.nextInt(3), 0))
                .withMunicipalities(pick(random, municipalities, random.nextInt(4), 1.0))
                .withOrganisations(pick(random, seed.organisations(), random.nextDouble() < 0.8 ? 1 : 0, 0.8));
        if (random.nextDouble() < WITH_ATTACHMENT) {
            int files = random.nextDouble() < 0.1 ? 2 : 1;
            for (int f = 1; f <= files; f++) {
                String name = vocabulary.title(random, 2 + random.nextInt(4)) + "."
                        + EXTENSIONS[random.nextInt(EXTENSIONS.length)];
                doc = doc.withAttachment(name, vocabulary.text(random,
                        ATTACHMENT_MIN + random.nextInt(ATTACHMENT_MAX - ATTACHMENT_MIN + 1)));
            }
        }
        return doc;
    }

    private static int weighted(RandomGenerator random, int[] weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int logNormal(RandomGenerator random, int median, double sigma, int min, int max) {
        long value = Math.round(median * Math.exp(sigma * random.nextGaussian()));
        return (int) Math.max(min, Math.min(max, value));
    }

    /** Up to {@code n} distinct values; the value at index k is drawn with weight 1 / (k+1)^s (s = 0: uniform). */
    private static String[] pick(RandomGenerator random, List<String> values, int n, double s) {
        List<String> picked = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < values.size(); k++) {
            total += 1 / Math.pow(k + 1, s);
        }
        for (int tries = 0; picked.size() < Math.min(n, values.size()) && tries < 10 * n; tries++) {
            double r = random.nextDouble() * total;
            int k = 0;
            while (k < values.size() - 1 && (r -= 1 / Math.pow(k + 1, s)) >= 0) {
                k++;
            }
            if (!picked.contains(values.get(k))) {
                picked.add(values.get(k));
            }
        }
        return picked.toArray(String[]::new);
    }
}
