package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.search.SearchIndex;
import org.qualityportal.search.SearchQuery;
import org.qualityportal.search.SearchResult;
import org.qualityportal.search.SearchService;
import org.qualityportal.search.Synonyms;

/**
 * The {@code import}, {@code export} and {@code reindex} commands as the jar runs them: a Spring context without a web
 * server (so nothing in it may need one), on its own data folder, seed content in, one tree out.
 */
class ContentCommandStartTest {

    @Test
    void importThenExportRunWithoutAWebServer(@TempDir Path home, @TempDir Path out) throws IOException {
        String[] settings = {"--portal.home=" + home, "--portal.light-modules=../light-modules"};
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);

        int imported = PortalApplication.runCommand(join(new String[] {"import", "../content-import"}, settings), console);
        int exported = PortalApplication.runCommand(join(new String[] {"export", out.toString(), "news"}, settings), console);
        int reindexed = PortalApplication.runCommand(join(new String[] {"reindex"}, settings), console);

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(imported).as(text).isZero();
        assertThat(exported).as(text).isZero();
        assertThat(reindexed).as(text).isZero();
        assertThat(text).contains("Import finished", "Export finished", "Reindex finished");
        try (SearchIndex index = SearchIndex.open(FSDirectory.open(home.resolve("index")))) {
            assertThat(index.sourceMark()).as("the repository state it holds, for the portal's next start").isNotBlank();
            SearchResult found = new SearchService(index, Synonyms.defaults()).search(SearchQuery.of("изложении редакции"));
            assertThat(found.hits()).as("the order found by the text of its PDF")
                    .anyMatch(hit -> "Приказ от 28.02.2018 № 03-524.pdf".equals(hit.attachment()));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("news.2021.seminar-2021-02-11.yaml")
                    .allMatch(name -> name.startsWith("news"));
        }
    }

    private static String[] join(String[] command, String[] settings) {
        return Stream.concat(Stream.of(command), Stream.of(settings)).toArray(String[]::new);
    }
}
