package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.portal.jobs.Job;
import org.qualityportal.portal.jobs.Jobs;
import org.qualityportal.search.SearchHit;
import org.qualityportal.search.SearchQuery;
import org.qualityportal.search.SearchService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index at start, against the repository it serves: what the {@code import} command published while the
 * portal was stopped is found after the next start without a rebuild; an index built for another repository is
 * rebuilt from this one (or, when told, served as it is); a damaged index is replaced and rebuilt.
 */
class SearchIndexStartTest {
    private static final String REBUILD = "Переиндексация поиска";
    private static final String OFFLINE_PATH = "/news/2021/t-offline-import";
    private static final String OFFLINE_WORD = "гиперкубический";
    private static final String SEED_QUERY = "агломерация семинар 2021";
    private static final Duration INDEXED = Duration.ofMinutes(3);

    @Test
    void theIndexCatchesUpWithOfflineChangesAndAForeignIndexIsRebuilt(@TempDir Path home, @TempDir Path other,
                                                                      @TempDir Path extra) throws IOException {
        try (ConfigurableApplicationContext portal = start(home)) {
            assertThat(rebuilds(portal)).as("a new index is built").hasSize(1);
            await().atMost(INDEXED).until(() -> rebuilds(portal).get(0).finishedState());
            assertThat(paths(portal, SEED_QUERY)).isNotEmpty();
        }

        Files.writeString(extra.resolve("news.2021.t-offline-import.yaml"), """
                qp:type: item
                qp:contentType: news
                qp:template: portal:pages/news
                title: Гиперкубический опрос выпускников
                date: 2021-03-01
                lead: Новость, опубликованная командой import при остановленном портале.
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = PortalApplication.runCommand(new String[] {"import", extra.toString(), "--portal.home=" + home,
                "--portal.light-modules=../light-modules"}, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();

        try (ConfigurableApplicationContext portal = start(home)) {
            assertThat(paths(portal, OFFLINE_WORD)).as("caught up at start").containsExactly(OFFLINE_PATH);
            assertThat(paths(portal, SEED_QUERY)).isNotEmpty();
            assertThat(rebuilds(portal)).as("no rebuild for one change").isEmpty();
        }

        copy(home.resolve("index"), other.resolve("index"));
        try (ConfigurableApplicationContext portal = start(other, "--portal.search.rebuild-foreign-index=false")) {
            assertThat(rebuilds(portal)).as("told to serve a foreign index as it is").isEmpty();
            assertThat(paths(portal, OFFLINE_WORD)).containsExactly(OFFLINE_PATH);
        }
        try (ConfigurableApplicationContext portal = start(other)) {
            List<Job.Snapshot> rebuilds = rebuilds(portal);
            assertThat(rebuilds).as("the index was built for another repository").hasSize(1);
            await().atMost(INDEXED).until(() -> rebuilds(portal).get(0).finishedState());
            assertThat(rebuilds(portal).get(0).state()).isEqualTo(Job.State.DONE);
            assertThat(paths(portal, OFFLINE_WORD)).as("not in this repository").isEmpty();
            assertThat(paths(portal, SEED_QUERY)).isNotEmpty();
        }
        try (ConfigurableApplicationContext portal = start(other)) {
            assertThat(rebuilds(portal)).as("in step after its rebuild").isEmpty();
            assertThat(paths(portal, SEED_QUERY)).isNotEmpty();
        }

        flipAByteOfTheLargestFile(other.resolve("index"));
        try (ConfigurableApplicationContext portal = start(other)) {
            List<Job.Snapshot> rebuilds = rebuilds(portal);
            assertThat(rebuilds).as("a corrupt index is replaced and rebuilt").hasSize(1);
            await().atMost(INDEXED).until(() -> rebuilds(portal).get(0).finishedState());
            assertThat(rebuilds(portal).get(0).state()).isEqualTo(Job.State.DONE);
            assertThat(paths(portal, SEED_QUERY)).isNotEmpty();
        }
    }

    private static void flipAByteOfTheLargestFile(Path index) throws IOException {
        Path largest;
        try (Stream<Path> files = Files.list(index)) {
            largest = files.max(java.util.Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(largest);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(largest, bytes);
    }

    private static ConfigurableApplicationContext start(Path home, String... more) {
        String[] settings = {
                "--portal.home=" + home,
                "--portal.light-modules=" + Path.of("../light-modules").toAbsolutePath(),
                "--portal.content-import=" + Path.of("../content-import").toAbsolutePath(),
                "--portal.admin-password=Проверка-123",
                "--server.port=0"};
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(Stream.concat(Stream.of(settings), Stream.of(more)).toArray(String[]::new));
    }

    private static List<String> paths(ConfigurableApplicationContext portal, String query) {
        return portal.getBean(SearchService.class).search(SearchQuery.of(query)).hits().stream().map(SearchHit::path).toList();
    }

    private static List<Job.Snapshot> rebuilds(ConfigurableApplicationContext portal) {
        return portal.getBean(Jobs.class).recent().stream().filter(job -> job.title().equals(REBUILD)).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
