package org.qualityportal.search;

import java.nio.file.Path;

/**
 * Command-line options of {@link SearchBench}, each {@code --name value}.
 *
 * @param docs documents in the archive
 * @param index directory the index is written to (emptied first)
 * @param seed the seed content directory ({@code content-import})
 * @param contentTypes the light module's content types (for type labels and trees)
 * @param warmup rounds of the query mix run before measuring
 * @param rounds rounds of the query mix measured
 * @param randomSeed seed of the generator and the query mix
 * @param queriesOut file to write the mix to as {@code /api/search} query strings, or {@code null}
 * @param dictionary a Hunspell dictionary ({@code .aff} and {@code .dic} without the extension) whose words
 *     make the archive's long tail, or {@code null} for the seed's words alone
 * @param reindex whether to build the index; {@code false} measures the index an earlier run left in
 *     {@code index} (same seed and dictionary), e.g. after a change to how queries are answered
 */
record BenchOptions(int docs, Path index, Path seed, Path contentTypes, int warmup, int rounds, long randomSeed,
        Path queriesOut, Path dictionary, boolean reindex) {

    /** Where Debian's {@code hunspell-ru} puts the Russian dictionary. */
    static final Path DEBIAN_DICTIONARY = Path.of("/usr/share/hunspell/ru_RU");

    static final String USAGE = "usage: SearchBench [--docs 100000] [--index bench/search/target/index]"
            + " [--seed content-import] [--content-types light-modules/portal/contentTypes]"
            + " [--warmup 5] [--rounds 10] [--random-seed 20261101] [--queries-out FILE]"
            + " [--dictionary /usr/share/hunspell/ru_RU | none] [--reindex yes | no]";

    static BenchOptions parse(String... args) {
        int docs = 100_000;
        Path index = Path.of("bench/search/target/index");
        Path seed = Path.of("content-import");
        Path contentTypes = null;
        int warmup = 5;
        int rounds = 10;
        long randomSeed = 20261101L;
        Path queriesOut = null;
        Path dictionary = DEBIAN_DICTIONARY;
        boolean dictionaryGiven = false;
        boolean reindex = true;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("No value for " + args[i] + "\n" + USAGE);
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(value);
                case "--index" -> index = Path.of(value);
                case "--seed" -> seed = Path.of(value);
                case "--content-types" -> contentTypes = Path.of(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--random-seed" -> randomSeed = Long.parseLong(value);
                case "--queries-out" -> queriesOut = Path.of(value);
                case "--dictionary" -> {
                    dictionary = value.equals("none") ? null : Path.of(value);
                    dictionaryGiven = true;
                }
                case "--reindex" -> {
                    if (!value.equals("yes") && !value.equals("no")) {
                        throw new IllegalArgumentException("--reindex is yes or no\n" + USAGE);
                    }
                    reindex = value.equals("yes");
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (contentTypes == null) {
            contentTypes = seed.toAbsolutePath().getParent().resolve("light-modules/portal/contentTypes");
        }
        if (docs < 1 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("--docs and --rounds must be positive, --warmup not negative\n" + USAGE);
        }
        if (dictionary != null && !java.nio.file.Files.isRegularFile(Path.of(dictionary + ".dic"))) {
            if (dictionaryGiven) {
                throw new IllegalArgumentException("No dictionary " + dictionary + ".dic (install hunspell-ru, or"
                        + " give --dictionary none)\n" + USAGE);
            }
            dictionary = null;
        }
        if (!reindex && !java.nio.file.Files.isDirectory(index)) {
            throw new IllegalArgumentException("--reindex no needs the index of an earlier run in " + index + "\n" + USAGE);
        }
        return new BenchOptions(docs, index, seed, contentTypes, warmup, rounds, randomSeed, queriesOut, dictionary,
                reindex);
    }
}
