package org.qualityportal.portal.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.Workspace;
import org.qualityportal.portal.Chromium;
import org.qualityportal.portal.PortalIntegrationTest;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new editor's first document, in Chromium, by the visible labels and buttons only: sign in,
 * create a document with an attachment, see it is not public, publish it, find it on the site and in
 * the feed, edit it while the public keeps the published text, republish, restore the first version,
 * schedule an unpublish and cancel it, find every step in the audit log, sign out. Every workspace page on the way is checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyBrowserTest extends PortalIntegrationTest {
    private static final String USER = "t-journey";
    private static final String PATH = "/documents/orders/t-prikaz-ob-ekspertize";
    private static final String PDF = "/dam/documents/prikaz-ob-ekspertize-t";

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;

    private ChromeDriver browser;
    private final Map<String, List<?>> violations = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        TestUsers.create(accounts, USER, EnumSet.of(Role.EDITOR, Role.PUBLISHER));
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        store.publisher().unpublish(PATH, "test");
        store.writer().delete(PATH);
        store.publisher().unpublish(PDF, "test");
        store.writer().delete(PDF);
        accounts.delete(USER);
    }

    @Test
    void aNewEditorPublishesADocumentWithAFileAndManagesItsVersions(@TempDir Path files) throws IOException {
        browser.get(uri("/author").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("f-username")).sendKeys(USER);
        browser.findElement(By.id("f-password")).sendKeys(TestUsers.PASSWORD);
        click("Войти");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Содержимое");
        check("dashboard");

        // the PDF first: upload it into the documents folder
        Path pdf = Files.copy(Path.of("../content-import/dam.documents.order-2018-03-524.file.pdf"),
                files.resolve("Приказ об экспертизе т.pdf"));
        browser.findElement(By.linkText("Файлы и изображения")).click();
        browser.findElement(By.linkText("Документы")).click();
        browser.findElement(By.id("f-files")).sendKeys(pdf.toAbsolutePath().toString());
        check("assets folder");
        click("Загрузить");
        assertThat(text()).contains("Приказ об экспертизе т.pdf");
        assertThat(store.view(Workspace.AUTHOR).get(PDF)).as("uploaded asset").isPresent();

        browser.get(uri("/author").toString());
        browser.findElement(By.linkText("Документ")).click();
        browser.findElement(By.partialLinkText("Создать")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Новый материал: Документ");
        new Select(browser.findElement(By.id("f-place-folder"))).selectByValue("/documents/orders");
        browser.findElement(By.id("f-place-name")).sendKeys("t-prikaz-ob-ekspertize");
        browser.findElement(By.id("f-title")).sendKeys("Приказ об экспертизе материалов");
        new Select(browser.findElement(By.id("f-kind"))).selectByVisibleText("Приказ");
        setDate("f-date", "2026-11-20");
        new Select(browser.findElement(By.id("f-status"))).selectByVisibleText("Утверждён");
        typeRichText("Эксперты регионального реестра проверяют материалы.");
        checkLabel("Приказ об экспертизе т");
        check("new document form");
        click("Создать черновик");

        assertThat(status()).contains("Материал создан как черновик");
        assertThat(text()).contains("Не опубликован");
        check("item editor");
        assertThat(store.view(Workspace.AUTHOR).get(PATH).orElseThrow().properties().get("attachments"))
                .isEqualTo(List.of(PDF));
        assertThat(get("/documents/orders/t-prikaz-ob-ekspertize").statusCode()).isEqualTo(404);

        click("Опубликовать");
        assertThat(status()).contains("Опубликовано на сайте");
        browser.get(uri("/documents/orders/t-prikaz-ob-ekspertize").toString());
        assertThat(text()).contains("Приказ об экспертизе материалов", "Эксперты регионального реестра проверяют материалы.");
        String fileLink = browser.findElement(By.xpath("//a[@download][contains(., 'Приказ об экспертизе т')]")).getAttribute("href");
        assertThat(get(URI.create(fileLink).getPath()).body()).as("the PDF, published with the document").startsWith("%PDF");
        assertThat(get("/feed.atom").body()).contains("Приказ об экспертизе материалов");

        browser.navigate().back();
        WebElement title = browser.findElement(By.id("f-title"));
        title.clear();
        title.sendKeys("Приказ об экспертизе материалов (новая редакция)");
        click("Сохранить черновик");
        assertThat(status()).contains("Изменения сохранены");
        assertThat(get("/documents/orders/t-prikaz-ob-ekspertize").body()).doesNotContain("новая редакция");
        click("Опубликовать изменения");
        assertThat(get("/documents/orders/t-prikaz-ob-ekspertize").body()).contains("новая редакция");

        browser.findElement(By.partialLinkText("История версий (2)")).click();
        check("versions");
        click("Восстановить версию 1");
        assertThat(status()).contains("Восстановлена версия 1");
        assertThat(browser.findElement(By.id("f-title")).getAttribute("value")).isEqualTo("Приказ об экспертизе материалов");
        assertThat(get("/documents/orders/t-prikaz-ob-ekspertize").body()).contains("новая редакция");

        // schedule taking it off the site tomorrow, see it listed, cancel it: it stays published
        browser.findElement(By.xpath("//summary[contains(., 'Запланировать')]")).click();
        new Select(browser.findElement(By.id("schedule-action"))).selectByVisibleText("Снять с публикации");
        setDate("schedule-date", LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1).toString());
        setDate("schedule-time", "09:30");
        check("item editor with the schedule form");
        click("Запланировать");
        assertThat(status()).contains("Запланировано: снятие с публикации «Приказ об экспертизе материалов»");
        check("schedules");
        WebElement cancel = browser.findElement(By.xpath("//button[contains(@aria-label, '" + PATH + "')]"));
        cancel.click();
        waitUntilGone(cancel);
        assertThat(status()).contains("Отменено");
        assertThat(browser.findElements(By.xpath("//button[contains(@aria-label, '" + PATH + "')]"))).isEmpty();
        assertThat(get("/documents/orders/t-prikaz-ob-ekspertize").statusCode()).isEqualTo(200);

        // every step is in the audit log under the editor's name
        browser.get(uri("/author/audit?path=" + PATH).toString());
        check("audit log");
        assertThat(text()).contains("Создание", "Изменение", "Публикация", "Восстановление версии",
                "Публикация запланирована", "Расписание отменено", USER);

        click("Выйти");
        assertThat(text()).contains("Вы вышли из рабочего места");
        browser.get(uri("/author").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(violations).isEmpty();
    }

    private void click(String buttonText) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        button.click();
        waitUntilGone(button);
    }

    /**
     * Until the page the element was on has been replaced. While Chromium swaps documents, asking about
     * the old element can also fail with other errors than "stale"; all of them mean it is gone.
     */
    private void waitUntilGone(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private void checkLabel(String labelText) {
        browser.findElement(By.xpath("//label[contains(normalize-space(), '" + labelText + "')]")).click();
    }

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    /** Types into the rich-text editor's frame, as a person would. */
    private void typeRichText(String words) {
        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-edit-area iframe")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !!(window.tinymce && tinymce.get('f-body') && tinymce.get('f-body').initialized)")));
        browser.switchTo().frame(frame);
        browser.findElement(By.tagName("body")).click();
        browser.switchTo().activeElement().sendKeys(words);
        browser.switchTo().defaultContent();
        // what the editor shows is what the form posts
        Object state = ((JavascriptExecutor) browser).executeScript(
                "const e = tinymce.get('f-body'); return 'editor: ' + e.getContent() + ' | text area: '"
                        + " + document.getElementById('f-body').value;");
        assertThat(String.valueOf(state)).as("rich-text editor state").contains("text area: <p>" + words);
    }

    private String status() {
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void check(String page) {
        List<?> found = Chromium.axeViolations(browser);
        if (!found.isEmpty()) {
            violations.put(page, found);
        }
    }
}
