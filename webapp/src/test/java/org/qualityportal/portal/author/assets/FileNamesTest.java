package org.qualityportal.portal.author.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of uploaded files: what is kept for download, the title, and the node name. */
class FileNamesTest {

    @Test
    void theOfferedNameLosesFoldersControlCharactersAndDirectionTricks() {
        assertThat(FileNames.clean("C:\\Users\\ivanova\\Приказ № 5.pdf")).isEqualTo("Приказ № 5.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("отчёт\u202Efdp.exe")).isEqualTo("отчётfdp.exe");
        assertThat(FileNames.clean("a\tb\nc.txt")).isEqualTo("abc.txt");
        assertThat(FileNames.clean("  ")).isEqualTo("файл");
        assertThat(FileNames.clean(null)).isEqualTo("файл");
        assertThat(FileNames.clean("я".repeat(300) + ".docx")).hasSize(200).endsWith("я.docx");
    }

    @Test
    void titlesAreTheNameWithoutExtensionAndNodeNamesAreTransliterated() {
        assertThat(FileNames.stem("Приказ от 28.02.2018 № 03-524.pdf")).isEqualTo("Приказ от 28.02.2018 № 03-524");
        assertThat(FileNames.stem(".pdf")).isEqualTo(".pdf");
        assertThat(FileNames.slug("Дорожная карта 2018.pdf")).isEqualTo("dorozhnaia-karta-2018");
        assertThat(FileNames.slug("Щёлково Объём.docx")).isEqualTo("shchelkovo-obieem");
        assertThat(FileNames.slug("文件.pdf")).isEqualTo("file");
    }

    @Test
    void countsAndSizesReadAsRussian() {
        assertThat(FolderPage.places(0)).isEqualTo("нигде");
        assertThat(FolderPage.places(1)).isEqualTo("1 место");
        assertThat(FolderPage.places(3)).isEqualTo("3 места");
        assertThat(FolderPage.places(11)).isEqualTo("11 мест");
        assertThat(FolderPage.places(21)).isEqualTo("21 место");
        assertThat(Sizes.format(23)).isEqualTo("23 байта");
        assertThat(Sizes.format(1536)).isEqualTo("1,5 КБ");
        assertThat(Sizes.format(50L * 1024 * 1024)).isEqualTo("50 МБ");
    }
}
