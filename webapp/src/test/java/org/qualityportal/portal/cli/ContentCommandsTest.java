package org.qualityportal.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;

class ContentCommandsTest {
    private final OakContentStore store = OakContentStore.inMemory();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ContentCommands commands = new ContentCommands(store, new PrintStream(printed, true, StandardCharsets.UTF_8));

    @AfterEach
    void close() {
        store.close();
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importShowsProgressAndPublishes() {
        int code = commands.run(new String[] {"import", "../content-import"});

        assertThat(code).isZero();
        assertThat(output()).contains("[1/", "Imported /website/home", "Import finished:", "published");
        assertThat(store.view(Workspace.LIVE).get("/website/home")).isPresent();
    }

    @Test
    void importWithoutPublishingLeavesLiveEmpty() {
        assertThat(commands.run(new String[] {"import", "../content-import", "--no-publish"})).isZero();

        assertThat(store.view(Workspace.AUTHOR).get("/website/home")).isPresent();
        assertThat(store.view(Workspace.LIVE).get("/website/home")).isEmpty();
    }

    @Test
    void exportWritesOneFilePerUnit(@TempDir Path out) {
        commands.run(new String[] {"import", "../content-import"});

        assertThat(commands.run(new String[] {"export", out.toString()})).isZero();

        assertThat(out.resolve("website.home.yaml")).exists();
        assertThat(out.resolve("documents.orders.2018-03-524.yaml")).exists();
        assertThat(out.resolve("users.admin.yaml")).doesNotExist();
        assertThat(output()).contains("Export finished");
    }

    @Test
    void aMissingFolderAndBadUsageAreReportedWithExitCodes(@TempDir Path tmp) {
        assertThat(commands.run(new String[] {"import", tmp.resolve("nope").toString()})).isEqualTo(1);
        assertThat(output()).contains("Failed: Not a directory");
        assertThat(commands.run(new String[] {"import"})).isEqualTo(2);
        assertThat(output()).contains("Usage:");
        assertThat(Files.exists(tmp.resolve("nope"))).isFalse();
    }
}
