package org.qualityportal.content.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityportal.content.BinaryValue;
import org.qualityportal.content.Content;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.PublicationStatus;
import org.qualityportal.content.Workspace;
import org.qualityportal.content.oak.OakContentStore;

/** Import of the real seed content, idempotency, and export → import reproducing the content exactly. */
class ImportExportTest {
    /** The seed content of the project, as a new portal imports it on first start. */
    static final Path SEED = Path.of("../../content-import");

    private final List<OakContentStore> stores = new ArrayList<>();

    private OakContentStore newStore() {
        OakContentStore store = OakContentStore.inMemory();
        stores.add(store);
        return store;
    }

    @AfterEach
    void close() {
        stores.forEach(OakContentStore::close);
    }

    @Test
    void seedContentImportsAndPublishes() throws IOException {
        ContentStore store = newStore();
        long files = countYaml(SEED);

        ImportReport report = new ContentImporter(store).importDirectory(SEED, true, ImportProgress.NONE);

        assertThat(report.created()).hasSize((int) files);
        assertThat(store.view(Workspace.LIVE).get("/documents/orders/2018-03-524").orElseThrow().properties())
                .containsEntry("number", "03/524").containsEntry("date", "2018-02-28")
                .containsEntry("signatory", "Е.А. Коузова");
        assertThat(store.view(Workspace.LIVE).get("/news/2021/seminar-2021-02-11").orElseThrow().string("date"))
                .isEqualTo("2021-02-11");
        assertThat(store.view(Workspace.LIVE).children("/website/home")).filteredOn(Content::isUnit)
                .extracting(Content::name)
                .containsExactly("mechanisms", "documents", "conferences", "practices", "agglomeration", "experts",
                        "news", "search");
        assertThat(store.publisher().status("/website/home")).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void importingTwiceChangesNothing() throws IOException {
        ContentStore store = newStore();
        List<String> progress = new ArrayList<>();
        new ContentImporter(store).importDirectory(SEED, true, ImportProgress.NONE);
        Map<String, String> modifiedBefore = lastModified(store);

        ImportReport second = new ContentImporter(store).importDirectory(SEED, true,
                (done, total, path) -> progress.add(done + "/" + total));

        assertThat(second.created()).isEmpty();
        assertThat(second.updated()).isEmpty();
        assertThat(second.published()).isEmpty();
        assertThat(second.unchanged()).hasSize((int) countYaml(SEED));
        assertThat(lastModified(store)).isEqualTo(modifiedBefore);
        assertThat(progress).last().isEqualTo(countYaml(SEED) + "/" + countYaml(SEED));
    }

    @Test
    void exportThenImportIntoAnEmptyRepositoryReproducesTheContent(@TempDir Path tmp) throws IOException {
        Path input = withBinaryAsset(tmp.resolve("input"));
        ContentStore first = newStore();
        new ContentImporter(first).importDirectory(input, true, ImportProgress.NONE);
        Path exported = tmp.resolve("exported");
        int units = new ContentExporter(first).export(exported, List.of(), ImportProgress.NONE);

        ContentStore second = newStore();
        new ContentImporter(second).importDirectory(exported, true, ImportProgress.NONE);
        Path again = tmp.resolve("again");
        new ContentExporter(second).export(again, List.of(), ImportProgress.NONE);

        assertThat(units).isGreaterThanOrEqualTo((int) countYaml(SEED));
        assertThat(files(again)).isEqualTo(files(exported));
        for (String tree : List.of("website", "documents", "news", "dam")) {
            assertThat(second.view(Workspace.AUTHOR).tree("/" + tree))
                    .isEqualTo(first.view(Workspace.AUTHOR).tree("/" + tree));
        }
        try (InputStream in = second.view(Workspace.LIVE).openBinary("/dam/files/order", "file").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(input.resolve("order.pdf")));
        }
        assertThat(Files.readString(exported.resolve("website.home.yaml"))).doesNotContain("qp:id", "qp:lastModified",
                "qp:created");
    }

    @Test
    void aBrokenFileStopsTheImportBeforeAnythingIsWritten(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("website.home.yaml"), "qp:type: page\ntitle: Главная\n");
        Files.writeString(tmp.resolve("news.n1.yaml"), "qp:type: item\ntitle: [unclosed\n");
        Files.writeString(tmp.resolve("news.Bad Name.yaml"), "qp:type: item\n");
        ContentStore store = newStore();

        assertThatThrownBy(() -> new ContentImporter(store).importDirectory(tmp, true, ImportProgress.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("news.n1.yaml: not valid YAML")
                .hasMessageContaining("news.Bad Name.yaml");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void binaryTypeIsDetectedFromTheBytesNotTheName(@TempDir Path tmp) throws IOException {
        Path input = withBinaryAsset(tmp);
        ContentStore store = newStore();
        new ContentImporter(store).importDirectory(input, false, ImportProgress.NONE);

        BinaryValue file = (BinaryValue) store.view(Workspace.AUTHOR).get("/dam/files/order").orElseThrow()
                .properties().get("file");
        assertThat(file.mimeType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("Приказ № 03-524.pdf");
        assertThat(file.size()).isEqualTo(Files.size(input.resolve("order.pdf")));
    }

    /** The seed content plus an asset with a (minimal) PDF file beside its YAML. */
    private static Path withBinaryAsset(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> seed = Files.list(SEED)) {
            for (Path f : seed.toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(dir.resolve("order.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("dam.files.order.yaml"), """
                qp:type: asset
                title: Текст приказа
                file:
                  qp:file: order.pdf
                  qp:fileName: Приказ № 03-524.pdf
                """);
        return dir;
    }

    private static long countYaml(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
    }

    /** File name → content digest of every file in a folder. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                result.put(f.getFileName().toString(), ContentFileReader.sha256(f));
            }
        }
        return result;
    }

    private static Map<String, String> lastModified(ContentStore store) {
        Map<String, String> result = new TreeMap<>();
        collect(store, "/website", result);
        collect(store, "/documents", result);
        collect(store, "/news", result);
        return result;
    }

    private static void collect(ContentStore store, String path, Map<String, String> result) {
        for (Content c : store.view(Workspace.AUTHOR).children(path)) {
            result.put(c.path(), String.valueOf(c.audit().lastModified()));
            collect(store, c.path(), result);
        }
    }
}
