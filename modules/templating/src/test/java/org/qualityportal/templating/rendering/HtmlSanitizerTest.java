package org.qualityportal.templating.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
    /** The shared payload list (payloadbox/xss-payload-list), one payload a line. */
    static final Path PAYLOADS = Path.of("../../../shared/testdata/xss-payloads.txt");

    /** Markup that could run script once printed unescaped into a page. */
    private static final List<Pattern> EXECUTABLE = List.of(
            Pattern.compile("<\\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|button|img|video|audio|frame|frameset|applet)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\s(href|src|action|formaction|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));

    @Test
    void noPayloadSurvivesAsExecutableMarkup() throws IOException {
        List<String> payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8);
        List<String> survivors = new ArrayList<>();
        for (String payload : payloads) {
            String clean = HtmlSanitizer.sanitize("<p>" + payload + "</p>");
            if (EXECUTABLE.stream().anyMatch(p -> p.matcher(clean).find())) {
                survivors.add(payload + "  =>  " + clean);
            }
        }
        assertThat(payloads).hasSizeGreaterThan(1000);
        assertThat(survivors).isEmpty();
    }

    @Test
    void editorialMarkupSurvives() {
        String html = "<h2>Раздел</h2><p>Текст <strong>важный</strong> и <a href=\"/documents\">ссылка</a></p>"
                + "<table><caption>Участники</caption><thead><tr><th scope=\"col\">Год</th></tr></thead>"
                + "<tbody><tr><td>2016</td></tr></tbody></table>";

        assertThat(HtmlSanitizer.sanitize(html)).contains("<h2>Раздел</h2>", "<strong>важный</strong>",
                "href=\"/documents\"", "<caption>Участники</caption>", "<th scope=\"col\">Год</th>", "<td>2016</td>");
    }
}
