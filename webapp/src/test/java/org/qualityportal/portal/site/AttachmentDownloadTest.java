package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed PDF attachments over real HTTP: headers, bytes, text, and the pages that link to them. */
class AttachmentDownloadTest extends PortalIntegrationTest {
    private static final Path SEED = Path.of("../content-import");
    private static final String ORDER = "/dam/documents/order-2018-03-524";
    private static final Pattern DISPOSITION = Pattern.compile(
            "attachment; filename=\"([\\x20-\\x7e&&[^\"\\\\]]+)\"; filename\\*=UTF-8''([A-Za-z0-9%!#$&+^_`|~.-]+)");

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theOrderDownloadsAsAPdfWithItsCyrillicFileName() throws IOException {
        byte[] expected = Files.readAllBytes(SEED.resolve("dam.documents.order-2018-03-524.file.pdf"));

        HttpResponse<byte[]> pdf = download(ORDER);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValueAsLong("Content-Length")).hasValue(expected.length);
        assertThat(pdf.body()).isEqualTo(expected);
        Matcher disposition = DISPOSITION.matcher(pdf.headers().firstValue("Content-Disposition").orElseThrow());
        assertThat(disposition.matches()).as(disposition.toString()).isTrue();
        assertThat(disposition.group(1)).isEqualTo("prikaz-ot-28-02-2018-03-524.pdf");
        assertThat(URLDecoder.decode(disposition.group(2), StandardCharsets.UTF_8))
                .isEqualTo("Приказ от 28.02.2018 № 03-524.pdf");
    }

    @Test
    void theOrderPdfCarriesTheFactsAndTheWholeRoadmap() {
        String text = text(download(ORDER).body());

        assertThat(text).contains("ПРИКАЗ", "03/524", "28.02.2018", "Е.А. Коузова",
                "Министерство образования и науки Челябинской области", "№ 01/970",
                "Съезд руководителей образовательных организаций Челябинской области «Инновации как фактор "
                        + "непрерывного профессионального роста работников образования»",
                "Региональный конкурс систем оценки качества образования (институциональных и муниципальных)",
                "Повышение квалификации специалистов, сопровождающих работу информационной системы");
        for (int event = 1; event <= 19; event++) {
            assertThat(text).contains(" " + event + ". ");
        }
    }

    @Test
    void theOrderPageLinksToThePdfWithFormatAndSize() throws IOException {
        long size = Files.size(SEED.resolve("dam.documents.order-2018-03-524.file.pdf"));

        String page = get("/documents/orders/2018-03-524").body();

        assertThat(page).contains("href=\"" + ORDER + "\" download>Приказ от 28.02.2018 № 03/524",
                "PDF, " + Math.round(size / 1024.0) + " КБ");
        assertThat(get("/documents/roadmaps/roadmap-2018").body()).contains("href=\"" + ORDER + "\"");
    }

    @Test
    void theConferenceMaterialsOfferTheirPresentations() {
        assertPresentation("/conferences/materials/agglomeration-2018", "/dam/presentations/agglomeration-2018",
                "Тюрина Елена Александровна", "с 9 до 21", "21 проектный договор");
        assertPresentation("/conferences/materials/barabas-2021", "/dam/presentations/barabas-2021",
                "Барабас Андрей Александрович", "16 муниципалитетов", "61%", "100%",
                "Система методической работы 23 42", "18 февраля 2021 г.", "ЧИППКРО / ЧЦОПМКП, РЦОКИО, ЧИРПО");
    }

    @Test
    void everyAssetStatesThePageCountOfItsFile() {
        for (String path : new String[] {ORDER, "/dam/presentations/agglomeration-2018", "/dam/presentations/barabas-2021"}) {
            Object pages = store.view(Workspace.LIVE).get(path).orElseThrow().properties().get("pages");
            try (PDDocument pdf = Loader.loadPDF(download(path).body())) {
                assertThat(((Number) pages).intValue()).as(path).isEqualTo(pdf.getNumberOfPages());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void assertPresentation(String page, String asset, String... facts) {
        assertThat(get(page).body()).contains("href=\"" + asset + "\" download>Презентация «", "PDF, ");
        HttpResponse<byte[]> pdf = download(asset);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(text(pdf.body())).contains(facts);
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of a PDF with line breaks and runs of spaces as single spaces, so wrapped phrases match. */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
