package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code import} and {@code export} commands as the jar runs them: a Spring context without a web
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

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(imported).as(text).isZero();
        assertThat(exported).as(text).isZero();
        assertThat(text).contains("Import finished", "Export finished");
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
