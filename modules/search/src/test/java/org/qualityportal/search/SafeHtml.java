package org.qualityportal.search;

import static org.assertj.core.api.Assertions.assertThat;

/** The check every snippet must pass: the only markup is {@code <mark>} and {@code </mark>}. */
final class SafeHtml {
    private SafeHtml() {
    }

    static void assertOnlyMarks(String html) {
        String withoutMarks = html.replace("<mark>", "").replace("</mark>", "");
        assertThat(withoutMarks).as("snippet without <mark> tags: %s", html).doesNotContain("<", ">");
        assertThat(withoutMarks.replaceAll("&(amp|lt|gt|quot|#39);", ""))
                .as("every & starts an escape: %s", html).doesNotContain("&");
    }
}
