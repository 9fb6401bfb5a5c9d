package org.qualityportal.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.qualityportal.portal.Chromium;
import org.qualityportal.portal.PortalIntegrationTest;

/**
 * Every page of the site in Debian's Chromium: zero axe-core violations of WCAG 2.1 A/AA, no
 * sideways scrolling on a phone, and the skip link working from the keyboard.
 */
class AccessibilityBrowserTest extends PortalIntegrationTest {
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<String> htmlPages() {
        List<String> pages = new ArrayList<>();
        SiteCrawler.crawl(this::get).forEach((path, response) -> {
            if (SiteCrawler.isHtml(response)) {
                pages.add(path);
            }
        });
        pages.add("/no-such-page");
        return pages;
    }

    @Test
    void noPageHasAxeViolations() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        Map<String, Object> violations = new LinkedHashMap<>();
        List<String> pages = htmlPages();
        for (String page : pages) {
            browser.get(uri(page).toString());
            List<?> found = Chromium.axeViolations(browser);
            if (!found.isEmpty()) {
                violations.put(page, found);
            }
        }

        assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
        assertThat(violations).isEmpty();
    }

    /** The harness itself: a page with known faults must fail, or a green run above would mean nothing. */
    @Test
    void axeReportsAPageWithKnownFaults() {
        browser.get("data:text/html;charset=utf-8,<title>x</title><img src='x.png'><a href='/'></a>");
        assertThat(Chromium.axeViolations(browser)).asString().contains("image-alt", "html-has-lang", "link-name");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 800));
        List<String> overflowing = new ArrayList<>();
        // query pages (other years, pages, filters) share their page's layout; the axe test covers them
        for (String page : htmlPages().stream().filter(p -> !p.contains("?")).toList()) {
            browser.get(uri(page).toString());
            Object wider = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
            if (Boolean.TRUE.equals(wider)) {
                overflowing.add(page);
            }
        }

        assertThat(overflowing).isEmpty();
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheContent() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(uri("/documents").toString());

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Перейти к содержанию");
        assertThat(focused.isDisplayed()).isTrue();

        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void theVersionForTheVisuallyImpairedIsRememberedAcrossPagesAndHasNoAxeViolations() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(uri("/news").toString());
        browser.findElement(By.linkText("Версия для слабовидящих")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/news");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).isEqualTo("low-vision");
        browser.get(uri("/mechanisms/1-1").toString());
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("class")).isEqualTo("low-vision");
        assertThat(html.getCssValue("font-size")).isEqualTo("24px");
        assertThat(browser.findElement(By.cssSelector(".chart__svg")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".chart__table")).isDisplayed()).isTrue();
        assertThat(Chromium.axeViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Обычная версия сайта")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/mechanisms/1-1");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).isNullOrEmpty();
        assertThat(browser.findElement(By.cssSelector(".chart__svg")).isDisplayed()).isTrue();
    }

    @Test
    void thePracticeFilterWorksFromTheKeyboardAsAPlainForm() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(uri("/practices").toString());

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("year"))).selectByValue("2018");
        browser.findElement(By.name("year")).sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(browser.getCurrentUrl()).contains("year=2018");
        assertThat(browser.findElement(By.cssSelector(".practice-finder [role=status]")).getText())
                .isEqualTo("Найдено практик: 3");
    }
}
