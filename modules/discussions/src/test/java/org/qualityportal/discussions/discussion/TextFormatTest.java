package org.qualityportal.discussions.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Contributions are escaped text with a little Markdown: no markup of the author's ever reaches the page. */
class TextFormatTest {
    /** The project's shared list of XSS payloads, relative to the module directory. */
    private static final Path PAYLOADS = Path.of("../../../shared/testdata/xss-payloads.txt");
    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Set<String> ALLOWED = Set.of("<p>", "</p>", "<br>", "<ul>", "</ul>", "<li>", "</li>",
            "<strong>", "</strong>", "<em>", "</em>");

    @Test
    void everyPayloadComesOutEscapedWithOnlyTheFixedTags() throws IOException {
        List<String> payloads = Files.readAllLines(PAYLOADS, StandardCharsets.UTF_8);
        assertThat(payloads).hasSizeGreaterThan(1000);
        for (String payload : payloads) {
            assertSafe(payload, TextFormat.html(payload));
            assertSafe(payload, TextFormat.html(TextFormat.clean(payload)));
            assertSafe(payload, TextFormat.html("- **" + payload + "**\n- *" + payload + "*"));
        }
        String all = String.join("\n", payloads);
        assertSafe("the whole list as one text", TextFormat.html(all));
    }

    private static void assertSafe(String payload, String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).as(payload).doesNotContain("<script");
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            assertThat(ALLOWED).as("tag %s from %s", tag, payload).contains(tag);
        }
        assertThat(lower.replaceAll("&[a-z]+;|&#\\d+;", "")).as(payload).doesNotContain("\"").doesNotContain("'");
        assertThat(html).as(payload).doesNotContainPattern("<[^>]*(onerror=|javascript:)");
    }

    @Test
    void paragraphsAndLineBreaks() {
        assertThat(TextFormat.html("Первый абзац.\r\n\r\nВторой абзац,\nс переносом.\n \n\nТретий"))
                .isEqualTo("<p>Первый абзац.</p><p>Второй абзац,<br>с переносом.</p><p>Третий</p>");
    }

    @Test
    void listsWhenEveryLineStartsWithADash() {
        assertThat(TextFormat.html("Предлагаю:\n\n- сроки\n  - ответственных\n\n- один\nне пункт"))
                .isEqualTo("<p>Предлагаю:</p><ul><li>сроки</li><li>ответственных</li></ul>"
                        + "<p>- один<br>не пункт</p>");
    }

    @Test
    void boldAndItalic() {
        assertThat(TextFormat.html("**Важно**: срок *до 1 июня*, а 2 * 3 * 4 = 24 и a*b*c"))
                .isEqualTo("<p><strong>Важно</strong>: срок <em>до 1 июня</em>, а 2 * 3 * 4 = 24 и a*b*c</p>");
        assertThat(TextFormat.html("- **<b>жирный</b>**"))
                .isEqualTo("<ul><li><strong>&lt;b&gt;жирный&lt;/b&gt;</strong></li></ul>");
    }

    @Test
    void escapingCoversAttributesToo() {
        assertThat(TextFormat.html("<a href=\"javascript:alert('x')\">ссылка</a> & всё"))
                .isEqualTo("<p>&lt;a href=&quot;javascript:alert(&#39;x&#39;)&quot;&gt;ссылка&lt;/a&gt; &amp; всё</p>");
    }

    @Test
    void cleanStripsControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(TextFormat.clean("  Строка\u0000 один\r\nдва\tтри\u0007\u001b\u007f\n\n")).isEqualTo("Строка один\nдва\tтри");
        assertThat(TextFormat.clean(null)).isEmpty();
        assertThat(TextFormat.clean("\u0000\u0001")).isEmpty();
    }
}
