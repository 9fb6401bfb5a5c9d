package org.qualityportal.search;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmark, in one JVM run (meant for {@code -Xmx512m}): generates the synthetic archive
 * ({@link ArchiveGenerator}), indexes it with a full reindex ({@link SearchIndex#replaceAll}) into a
 * directory on disk, then measures the query mix ({@link QueryMix}) through {@link SearchService} (a
 * page of ten with snippets and facets) and through raw Lucene on the same index ({@link RawLucene}),
 * and checks the targets. {@code bench/search.sh} runs it and then the HTTP part.
 */
public final class SearchBench {
    private static final double MB = 1024 * 1024;
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private SearchBench() {
    }

    public static void main(String[] args) throws IOException {
        Locale.setDefault(Locale.ROOT);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        OUT.printf("JVM: %s %s, max heap %.0f MB, %d processors%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / MB,
                Runtime.getRuntime().availableProcessors());

        SeedText seed = SeedText.read(options.seed(), options.contentTypes());
        Lexicon lexicon = options.dictionary() == null ? Lexicon.empty()
                : Lexicon.read(options.dictionary(), options.randomSeed());
        Vocabulary vocabulary = new Vocabulary(seed, lexicon);
        OUT.printf("Seed: %d files, %d sentences, %d words, %d distinct word forms; %d mechanisms, %d municipalities,"
                        + " %d organisations%n", seed.files(), seed.sentences().size(), vocabulary.tokens(),
                vocabulary.size(), seed.mechanisms().size(), seed.municipalities().size(), seed.organisations().size());
        OUT.println(options.dictionary() == null
                ? "Long tail: none (no dictionary; install hunspell-ru or give --dictionary): the seed's words alone"
                : String.format("Long tail: %d lemmas of %s, in their inflected forms", lexicon.size(),
                        options.dictionary()));
        ArchiveGenerator archive = new ArchiveGenerator(seed, vocabulary, options.docs(), options.randomSeed());

        Files.createDirectories(options.index());
        try (FSDirectory directory = FSDirectory.open(options.index());
             SearchIndex index = options.reindex() ? SearchIndex.create(directory) : SearchIndex.open(directory)) {
            Double indexing = null;
            if (options.reindex()) {
                indexing = reindex(index, new MeteredArchive(archive), options.index());
            } else {
                OUT.printf("Index: an earlier run's, %d documents, %.0f MB on disk (not rebuilt: --reindex no)%n",
                        index.count(), indexSize(options.index()));
            }
            int written = index.count();

            List<BenchQuery> mix = new QueryMix(seed, vocabulary, options.randomSeed()).queries();
            printMix(mix);
            if (options.queriesOut() != null) {
                Files.write(options.queriesOut(), mix.stream().map(BenchQuery::toUrlQuery).toList());
            }
            LatencyRun.Summary summary;
            try (RawLucene raw = new RawLucene(directory)) {
                LatencyRun run = new LatencyRun(new SearchService(index, Synonyms.defaults()), raw, mix);
                run.countHits();
                long queries = System.nanoTime();
                run.run(options.warmup(), options.rounds(), options.randomSeed());
                OUT.printf("%nQuery latency over %d segments: %d rounds of the %d-query mix after %d warm-up rounds"
                                + " (%.0f s), one thread; service = SearchService.search, first page of 10 with"
                                + " snippets and facets%n", raw.segments(), options.rounds(), mix.size(), options.warmup(),
                        seconds(queries));
                summary = run.print(OUT);
            }
            double heap = heapAfterGc();
            OUT.printf("%nHeap: max %.0f MB; in use after a full GC at the end %.0f MB; GC %s%n",
                    Runtime.getRuntime().maxMemory() / MB, heap, gcTotals());
            OUT.println("Targets (issue):");
            if (indexing != null) {
                target(String.format("reindex of %d documents <= 180 s", written),
                        indexing <= 180 * written / 100_000.0, String.format("%.1f s", indexing));
            }
            target("p95 through the service <= 20 ms", summary.serviceP95() <= 20,
                    String.format("%.2f ms", summary.serviceP95()));
            note("  CPU time of all its threads (not a target)", String.format("%.2f ms", summary.serviceCpuP95()));
            target("service / raw Lucene at p95 <= 2", summary.ratioP95() <= 2,
                    String.format("%.2f (raw p95 %.2f ms)", summary.ratioP95(), summary.rawP95()));
            note("  the same in CPU time (not a target)",
                    String.format("%.2f (raw p95 %.2f ms)", summary.cpuRatioP95(), summary.rawCpuP95()));
            target("heap <= 512 MB", Runtime.getRuntime().maxMemory() <= 512 * MB + MB,
                    String.format("ran in a %.0f MB heap", Runtime.getRuntime().maxMemory() / MB));
        }
        OUT.printf("Total run: %.0f s; index left in %s%n", seconds(started), options.index().toAbsolutePath());
    }

    /** Builds the index from the archive with a full reindex, printing progress and figures; the seconds it took. */
    private static double reindex(SearchIndex index, MeteredArchive metered, Path directory) throws IOException {
        long t = System.nanoTime();
        long cpu = processCpu();
        long[] last = {t};
        long written = index.replaceAll(metered, new ReindexProgress() {
            @Override
            public void indexed(long done) {
                if (done % 10_000 == 0) {
                    long now = System.nanoTime();
                    OUT.printf("  %,7d documents  %6.1f s  (%4.0f documents/s lately)  heap in use %4.0f MB%n", done,
                            seconds(t), 10_000 / ((now - last[0]) / 1e9), usedHeap());
                    last[0] = now;
                }
            }

            @Override
            public void merging(int segments) {
                OUT.printf("  all written at %.1f s; merging into %d segments of about equal size (one per processor)%n",
                        seconds(t), segments);
            }
        });
        double indexing = seconds(t);
        double indexingCpu = cpuSeconds(cpu);
        long chars = metered.characters();
        OUT.printf("Archive: %d documents, %d attachments, %.0f M characters of text%n", metered.documents(),
                metered.attachments(), chars / 1e6);
        OUT.printf("Indexing (full reindex): %d documents in %.1f s = %.0f documents/s, %.2f M characters/s;"
                        + " index %.0f MB on disk%n", written, indexing, written / indexing, chars / 1e6 / indexing,
                indexSize(directory));
        OUT.printf("  of which making the documents: %.1f s (%.1f s CPU); CPU time of the whole process"
                + " (making, indexing, merging, GC, JIT): %.1f s%n", metered.seconds(), metered.cpuSeconds(),
                indexingCpu);
        OUT.printf("Heap after indexing and a full GC: %.0f MB in use%n", heapAfterGc());
        return indexing;
    }

    private static void printMix(List<BenchQuery> mix) {
        OUT.println("Query mix:");
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            OUT.printf("  %-9s %s%n", kind.label, mix.stream().filter(q -> q.kind() == kind)
                    .map(BenchQuery::toString).collect(Collectors.joining("; ")));
        }
    }

    /** A figure printed beside the targets to explain them; the issue sets no target for it. */
    private static void note(String what, String measured) {
        OUT.printf("  %-45s %s%n", what, measured);
    }

    private static void target(String what, boolean met, String measured) {
        OUT.printf("  %-45s %-28s %s%n", what, measured, met ? "met" : "MISSED");
    }

    private static double indexSize(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / MB;
        }
    }

    private static double usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / MB;
    }

    private static double heapAfterGc() {
        System.gc();
        return usedHeap();
    }

    private static String gcTotals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return String.format("%d collections, %.1f s in total", count, millis / 1000.0);
    }

    /** CPU time of the whole process so far, in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double cpuSeconds(long since) {
        return (processCpu() - since) / 1e9;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
