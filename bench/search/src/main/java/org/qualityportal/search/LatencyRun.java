package org.qualityportal.search;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Runs the query mix through the search service and through raw Lucene on the same index, one
 * query at a time in one thread, and prints the percentiles side by side. Each round shuffles the
 * mix; each query runs through both right after each other, the order alternating, so both meet
 * the same state of the machine (this host is shared and busy; only same-moment comparisons hold).
 * Besides wall-clock time it records the thread's CPU time per query, which a busy host inflates
 * far less: the search runs entirely in the calling thread (no executor), so that is its cost.
 */
final class LatencyRun {
    /** The figures the targets are checked against. */
    record Summary(double serviceP95, double rawP95, double serviceCpuP95, double rawCpuP95) {
        double ratioP95() {
            return serviceP95 / rawP95;
        }

        double cpuRatioP95() {
            return serviceCpuP95 / rawCpuP95;
        }
    }

    private static final double[] PERCENTILES = {50, 95, 99};
    /** The target for the 95th percentile: the table counts the searches slower than this. */
    private static final double TARGET_MILLIS = 20;

    private final SearchService service;
    private final RawLucene raw;
    private final List<BenchQuery> mix;
    private final Map<BenchQuery.Kind, Samples> serviceTimes = new EnumMap<>(BenchQuery.Kind.class);
    private final Map<BenchQuery.Kind, Samples> rawTimes = new EnumMap<>(BenchQuery.Kind.class);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long[] sliceThreads = {};
    private final Map<BenchQuery.Kind, Samples> serviceCpu = new EnumMap<>(BenchQuery.Kind.class);
    private final Map<BenchQuery.Kind, Samples> rawCpu = new EnumMap<>(BenchQuery.Kind.class);
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    /** Measured searches during which the JVM collected garbage: service, raw. */
    private final long[] withGc = new long[2];
    private final Map<BenchQuery.Kind, long[]> hits = new EnumMap<>(BenchQuery.Kind.class);
    /** Keeps the JIT from discarding work whose result is unused. */
    private long sink;

    LatencyRun(SearchService service, RawLucene raw, List<BenchQuery> mix) {
        this.service = service;
        this.raw = raw;
        this.mix = mix;
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            serviceTimes.put(kind, new Samples());
            rawTimes.put(kind, new Samples());
            serviceCpu.put(kind, new Samples());
            rawCpu.put(kind, new Samples());
            hits.put(kind, new long[5]);
        }
    }

    /** Runs every query once through both, recording what they find (for the hits columns). */
    void countHits() throws IOException {
        for (BenchQuery query : mix) {
            SearchResult result = service.search(query.toSearchQuery());
            RawLucene.Result plain = raw.search(query);
            long[] h = hits.get(query.kind());
            h[0] += result.total();
            h[1] += result.total() > 0 ? 1 : 0;
            h[2] += plain.total() > 0 ? 1 : 0;
            h[3] += result.suggestionApplied() ? 1 : 0;
            h[4]++;
        }
    }

    void run(int warmup, int rounds, long seed) throws IOException {
        sliceThreads = sliceThreads(threads);
        Random shuffle = new Random(seed);
        for (int round = 0; round < warmup + rounds; round++) {
            List<BenchQuery> order = new ArrayList<>(mix);
            Collections.shuffle(order, shuffle);
            for (int i = 0; i < order.size(); i++) {
                BenchQuery query = order.get(i);
                boolean serviceFirst = (round + i) % 2 == 0;
                long[] first = serviceFirst ? timeService(query) : timeRaw(query);
                long[] second = serviceFirst ? timeRaw(query) : timeService(query);
                if (round >= warmup) {
                    long[] service = serviceFirst ? first : second;
                    long[] plain = serviceFirst ? second : first;
                    serviceTimes.get(query.kind()).add(service[0]);
                    serviceCpu.get(query.kind()).add(service[1]);
                    rawTimes.get(query.kind()).add(plain[0]);
                    rawCpu.get(query.kind()).add(plain[1]);
                    withGc[0] += service[2];
                    withGc[1] += plain[2];
                }
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
    }

    /** Prints the tables (wall clock, then CPU time); returns the overall figures. */
    Summary print(PrintStream out) {
        out.println("Wall-clock time:");
        double[] wall = table(out, serviceTimes, rawTimes);
        out.printf("(avg hits: the service's exact totals; found: queries with at least one hit; typo queries "
                + "answered with the corrected words: %d of %d)%n", hits.get(BenchQuery.Kind.TYPO)[3],
                hits.get(BenchQuery.Kind.TYPO)[4]);
        int measured = serviceTimes.values().stream().mapToInt(Samples::size).sum();
        out.printf("(searches during which the JVM collected garbage: service %d of %d, raw %d of %d)%n",
                withGc[0], measured, withGc[1], measured);
        out.printf("CPU time of the searching thread and the service's %d slice threads:%n", sliceThreads.length);
        double[] cpu = table(out, serviceCpu, rawCpu);
        return new Summary(wall[0], wall[1], cpu[0], cpu[1]);
    }

    private double[] table(PrintStream out, Map<BenchQuery.Kind, Samples> service,
            Map<BenchQuery.Kind, Samples> plain) {
        out.printf("%-9s %5s %9s %6s %6s | %26s | %26s | %20s | %s%n", "", "", "service", "found", "found",
                "service, ms", "raw Lucene, ms", "service / raw", "service");
        out.printf("%-9s %5s %9s %6s %6s | %8s %8s %8s | %8s %8s %8s | %6s %6s %6s | %s%n", "class", "runs", "avg hits",
                "svc", "raw", "p50", "p95", "p99", "p50", "p95", "p99", "p50", "p95", "p99", "> 20 ms");
        Samples allService = new Samples();
        Samples allRaw = new Samples();
        long[] allHits = new long[5];
        for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
            row(out, kind.label, service.get(kind), plain.get(kind), hits.get(kind));
            allService.addAll(service.get(kind));
            allRaw.addAll(plain.get(kind));
            for (int i = 0; i < allHits.length; i++) {
                allHits[i] += hits.get(kind)[i];
            }
        }
        row(out, "all", allService, allRaw, allHits);
        return new double[] {allService.percentileMillis(95), allRaw.percentileMillis(95)};
    }

    private static void row(PrintStream out, String label, Samples service, Samples raw, long[] hits) {
        out.printf("%-9s %5d %9.0f %3d/%-2d %3d/%-2d |", label, service.size(), hits[4] == 0 ? 0.0 : (double) hits[0] / hits[4],
                hits[1], hits[4], hits[2], hits[4]);
        for (double p : PERCENTILES) {
            out.printf(" %8.2f", service.percentileMillis(p));
        }
        out.print(" |");
        for (double p : PERCENTILES) {
            out.printf(" %8.2f", raw.percentileMillis(p));
        }
        out.print(" |");
        for (double p : PERCENTILES) {
            out.printf(" %6.2f", service.percentileMillis(p) / raw.percentileMillis(p));
        }
        out.printf(" | %7d%n", service.countOver(TARGET_MILLIS));
    }

    /** Wall-clock and CPU nanoseconds of one search through the service, and 1 if a GC ran meanwhile. */
    private long[] timeService(BenchQuery query) {
        long gcs = collections();
        long cpu = cpuNow();
        long start = System.nanoTime();
        SearchResult result = service.search(query.toSearchQuery());
        long took = System.nanoTime() - start;
        long cpuTook = cpuNow() - cpu;
        sink += result.total() + (result.hits().isEmpty() ? 0 : result.hits().get(0).snippetHtml().length());
        return new long[] {took, cpuTook, collections() > gcs ? 1 : 0};
    }

    /** Wall-clock and CPU nanoseconds of one search through raw Lucene, and 1 if a GC ran meanwhile. */
    private long[] timeRaw(BenchQuery query) throws IOException {
        long gcs = collections();
        long cpu = cpuNow();
        long start = System.nanoTime();
        RawLucene.Result result = raw.search(query);
        long took = System.nanoTime() - start;
        long cpuTook = cpuNow() - cpu;
        sink += result.total() + result.titles().size();
        return new long[] {took, cpuTook, collections() > gcs ? 1 : 0};
    }

    /**
     * CPU time of this thread and of the service's slice threads (it searches segments on several
     * threads); the process's own counter only ticks every 10 ms.
     */
    private long cpuNow() {
        long sum = threads.getCurrentThreadCpuTime();
        for (long id : sliceThreads) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    /** The service's slice threads, which exist once it has searched. */
    private static long[] sliceThreads(ThreadMXBean threads) {
        return Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds())).filter(Objects::nonNull)
                .filter(info -> info.getThreadName().startsWith("search-slice-")).mapToLong(ThreadInfo::getThreadId)
                .toArray();
    }

    private long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}
