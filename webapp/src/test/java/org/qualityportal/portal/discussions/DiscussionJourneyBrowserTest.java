package org.qualityportal.portal.discussions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualityportal.content.ContentStore;
import org.qualityportal.portal.Chromium;
import org.qualityportal.portal.security.Role;
import org.qualityportal.portal.security.TestUsers;
import org.qualityportal.portal.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One discussion from start to end in Chromium, by the visible labels and buttons: a participant registers and
 * applies to the expert registry, a moderator approves, an editor opens a discussion of the 2018 roadmap with both
 * tracks, the expert comments and evaluates, a new participant's comment is pre-moderated, the moderator hides it,
 * the editor closes the discussion, decides on every contribution and publishes the results, which the public reads
 * on the page and in the PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionJourneyBrowserTest extends DiscussionsIntegrationTest {
    private static final String EXPERT = "t-dj-expert";
    private static final String PUBLIC = "t-dj-public";
    private static final String MODERATOR = "t-dj-moderator";
    private static final String EDITOR = "t-dj-editor";
    private static final String TITLE = "Обсуждение дорожной карты: проверка в браузере";
    private static final String PASSWORD = "Длинный-пароль-42";

    @Autowired
    UserAccounts accounts;
    @Autowired
    ContentStore store;

    private ChromeDriver browser;
    private final List<String> discussions = new ArrayList<>();

    @BeforeAll
    void start() {
        TestUsers.create(accounts, MODERATOR, Set.of(Role.MODERATOR));
        TestUsers.create(accounts, EDITOR, Set.of(Role.EDITOR));
        browser = Chromium.start();
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        DiscussionFixtures.remove(store, discussions, List.of(EXPERT, PUBLIC));
        for (String login : List.of(EXPERT, PUBLIC, MODERATOR, EDITOR)) {
            accounts.delete(login);
        }
    }

    @Test
    void aDiscussionRunsFromTheExpertApplicationToPublishedResults() throws IOException {
        // a participant registers and applies to the registry
        register(EXPERT, "Сергеева Анна Петровна", "anna.sergeeva@example.org");
        signIn(EXPERT, PASSWORD);
        open("/experts/apply");
        type("f-organisation", "МБОУ «Лицей № 11»");
        type("f-position", "заместитель директора");
        new Select(browser.findElement(By.id("f-municipality"))).selectByIndex(1);
        browser.findElements(By.name("areas")).get(0).click();
        type("f-qualification", "Эксперт в сфере оценки качества образования");
        type("f-qualificationYear", "2019");
        click("Подать заявку");
        assertThat(text()).contains("Заявка отправлена");

        // the moderator includes them in the registry; the applicant is told by mail
        signIn(MODERATOR, TestUsers.PASSWORD);
        open("/moderation");
        submit(item(EXPERT).findElement(By.xpath(".//button[normalize-space()='Включить в реестр']")));
        assertThat(text()).contains("Готово.");
        DiscussionFixtures.mailTo("anna.sergeeva@example.org", "Реестр экспертов");
        open("/experts");
        assertThat(text()).contains("Сергеева Анна Петровна", "МБОУ «Лицей № 11»");

        // the editor opens a discussion of the roadmap with both tracks and two sections
        signIn(EDITOR, TestUsers.PASSWORD);
        open("/discussions/manage");
        WebElement document = browser.findElement(By.xpath("//select[@id='f-document']/option[contains(@value, 'roadmap-2018')]"));
        new Select(browser.findElement(By.id("f-document"))).selectByValue(document.getAttribute("value"));
        click("Далее");
        assertThat(text()).contains("Дорожная карта межмуниципального взаимодействия");
        type("f-title", TITLE);
        for (WebElement track : browser.findElements(By.name("tracks"))) {
            assertThat(track.isSelected()).as("both tracks by default").isTrue();
        }
        List<WebElement> sections = browser.findElements(By.name("sections"));
        sections.get(0).click();
        sections.get(1).click();
        click("Открыть обсуждение");
        assertThat(browser.getCurrentUrl()).contains("/discussions/manage/");
        String id = browser.getCurrentUrl().replaceAll(".*/discussions/manage/([^/?#]+).*", "$1");
        discussions.add(id);
        String page = "/discussions/" + id;

        // the expert comments on the first section in the expert track: trusted, published at once
        signIn(EXPERT, PASSWORD);
        open(page);
        assertThat(browser.findElements(By.cssSelector("ol.sections > li"))).hasSize(2);
        new Select(browser.findElement(By.id("f-track"))).selectByValue("expert");
        new Select(browser.findElement(By.id("f-anchor"))).selectByIndex(1);
        stance(null, "Против");
        type("f-text", "Сроки первого этапа нереалистичны: предлагаю перенести их на квартал.");
        click("Отправить");
        assertThat(text()).contains("Сообщение опубликовано.", "Сроки первого этапа нереалистичны");
        String sectionTitle = new Select(browser.findElement(By.id("f-anchor"))).getOptions().get(1).getText();

        // the editor assigns them; the expert is told by mail
        signIn(EDITOR, TestUsers.PASSWORD);
        open("/discussions/manage/" + id);
        browser.findElement(By.cssSelector("input[name='experts'][value='" + EXPERT + "']")).click();
        click("Назначить");
        assertThat(text()).contains("Готово.", "Сергеева Анна Петровна");
        DiscussionFixtures.mailTo("anna.sergeeva@example.org", "Назначена экспертиза: «" + TITLE);

        // the expert evaluates
        signIn(EXPERT, PASSWORD);
        open(page + "/review");
        for (WebElement textarea : browser.findElements(By.cssSelector("textarea[name^='rationale-']"))) {
            String criterion = textarea.getAttribute("name").substring("rationale-".length());
            browser.findElement(By.cssSelector("input[name='score-" + criterion + "'][value='4']")).click();
            textarea.sendKeys("Соответствует, есть небольшие замечания.");
        }
        browser.findElement(By.cssSelector("input[name='verdict'][value='with_changes']")).click();
        type("f-comment", "Рекомендую с доработкой сроков.");
        click("Отправить оценку");
        assertThat(text()).contains("Оценка сохранена");

        // a new participant's comment in the public track waits for the moderator
        register(PUBLIC, "Кузнецов Игорь Олегович", "igor.kuznetsov@example.org");
        signIn(PUBLIC, PASSWORD);
        open(page);
        new Select(browser.findElement(By.id("f-track"))).selectByValue("public");
        stance(null, "За");
        new Select(browser.findElement(By.id("f-municipality"))).selectByIndex(1);
        type("f-text", "Поддерживаю дорожную карту, особенно сетевые проекты школ.");
        click("Отправить");
        assertThat(text()).contains("Сообщение отправлено на модерацию");
        signOut();
        open(page);
        assertThat(text()).doesNotContain("Поддерживаю дорожную карту");

        signIn(MODERATOR, TestUsers.PASSWORD);
        open("/moderation");
        submit(item(PUBLIC).findElement(By.xpath(".//button[normalize-space()='Опубликовать']")));
        assertThat(text()).contains("Готово.");
        open(page);
        assertThat(text()).contains("Поддерживаю дорожную карту");
        check("discussion page");

        // the expert replies to it; then the moderator hides it with a reason: the reply stays
        signIn(EXPERT, PASSWORD);
        open(page);
        WebElement publicComment = contribution("Поддерживаю дорожную карту");
        publicComment.findElement(By.tagName("summary")).click();
        stance(publicComment, "Нейтрально");
        publicComment.findElement(By.cssSelector("textarea[name='text']")).sendKeys("Сетевые проекты уже идут в трёх округах.");
        submit(publicComment.findElement(By.xpath(".//button[normalize-space()='Отправить ответ']")));
        assertThat(text()).contains("Сетевые проекты уже идут в трёх округах.");

        signIn(MODERATOR, TestUsers.PASSWORD);
        open(page);
        WebElement toHide = contribution("Поддерживаю дорожную карту");
        toHide.findElement(By.cssSelector("input[name='reason']")).sendKeys("Повтор сообщения из другой темы");
        submit(toHide.findElement(By.xpath(".//button[normalize-space()='Скрыть']")));
        open(page);
        assertThat(text()).contains("Сообщение скрыто модератором: Повтор сообщения из другой темы",
                "Сетевые проекты уже идут в трёх округах.").doesNotContain("Поддерживаю дорожную карту");

        // the editor closes the discussion, decides on every contribution and publishes the results
        signIn(EDITOR, TestUsers.PASSWORD);
        open("/discussions/manage/" + id);
        click("Завершить обсуждение сейчас");
        assertThat(text()).contains("Готово.");
        open(page);
        assertThat(browser.findElements(By.id("f-text"))).as("no form once closed").isEmpty();
        assertThat(text()).contains("Обсуждение завершено");

        open("/discussions/manage/" + id);
        int rows = browser.findElements(By.cssSelector("select[name='disposition']")).size();
        assertThat(rows).isEqualTo(3);
        String[][] decisions = {{"accepted", "Сроки первого этапа перенесены"}, {"noted", "Сведения учтены при мониторинге"},
                {"rejected", "Сообщение скрыто модератором"}};
        for (int i = 0; i < rows; i++) {
            WebElement form = browser.findElements(By.cssSelector("form[action$='/disposition']")).get(i);
            String text = form.findElement(By.xpath("..")).getText();
            String[] decision = text.contains("Сроки первого этапа") ? decisions[0]
                    : text.contains("Сетевые проекты") ? decisions[1] : decisions[2];
            new Select(form.findElement(By.name("disposition"))).selectByValue(decision[0]);
            form.findElement(By.name("reason")).sendKeys(decision[1]);
            submit(form.findElement(By.xpath(".//button[normalize-space()='Сохранить решение']")));
            assertThat(text()).contains("Готово.");
        }
        click("Опубликовать итоги");
        assertThat(text()).contains("Готово.");

        // the public reads the results
        signOut();
        open(page + "/results");
        assertThat(text()).contains(TITLE, "Всего участников: 2", "Скрыто или отклонено модераторами: 1");
        assertThat(cells("Позиции в опубликованных сообщениях")).containsExactly(
                List.of("За", "0"), List.of("Нейтрально", "1"), List.of("Против", "1"));
        List<List<String>> table = cells("Таблица решений");
        assertThat(table).hasSize(3);
        assertThat(table).anySatisfy(r -> assertThat(r).contains("Сергеева Анна Петровна", sectionTitle, "Против", "Учтено",
                "Сроки первого этапа перенесены"));
        assertThat(table).anySatisfy(r -> assertThat(r).contains("Кузнецов Игорь Олегович", "За",
                "Скрыто модератором: Повтор сообщения из другой темы", "Отклонено"));
        assertThat(browser.findElements(By.xpath("//table[caption='Таблица решений']//em")))
                .extracting(WebElement::getText).containsExactly("Скрыто модератором: Повтор сообщения из другой темы");
        check("results page");

        String pdfLink = browser.findElement(By.linkText("Итоги в PDF")).getAttribute("href");
        HttpResponse<byte[]> pdf = sendBytes(pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdfText).contains(TITLE, "Сроки первого этапа перенесены");
        }
    }

    private void register(String login, String fullName, String email) {
        signOut();
        open("/register");
        type("f-username", login);
        type("f-fullName", fullName);
        type("f-email", email);
        type("f-password", PASSWORD);
        click("Зарегистрироваться");
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private void signIn(String login, String password) {
        signOut();
        open("/login");
        type("f-username", login);
        type("f-password", password);
        click("Войти");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void click(String button) {
        submit(browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")));
    }

    /** Clicks a form's button and waits until the answer has replaced the page (a loaded host can be slow). */
    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> gone(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Whether the element left the document. Selenium's {@code stalenessOf} expects a stale-element error, but
     * Chromium sometimes answers a replaced page's node with "does not belong to the document" instead.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException replaced) {
            return true;
        }
    }

    private void stance(WebElement within, String label) {
        By by = By.xpath(".//label[normalize-space()='" + label + "']/input[@name='stance']");
        (within == null ? browser.findElement(By.id("new")).findElement(By.xpath("following-sibling::form")).findElement(by)
                : within.findElement(by)).click();
    }

    private WebElement item(String login) {
        return browser.findElement(By.xpath("//div[contains(@class,'queue-item')][contains(., '(" + login + ")')]"));
    }

    private WebElement contribution(String text) {
        return browser.findElement(By.xpath("//article[contains(@class,'contribution')][contains(., '" + text + "')]"));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private List<List<String>> cells(String caption) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElements(By.xpath("//table[caption='" + caption + "']/tbody/tr"))) {
            rows.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    private void check(String what) {
        List<?> found = Chromium.axeViolations(browser);
        assertThat(found).as("critical or serious axe violations on the " + what)
                .filteredOn(v -> v.toString().startsWith("critical") || v.toString().startsWith("serious")).isEmpty();
    }

    private HttpResponse<byte[]> sendBytes(String url) throws IOException {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
