package org.qualityportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium driven by its chromedriver, headless, with axe-core at hand for accessibility checks. */
public final class Chromium {
    /** Debian's packages; override with -Dportal.test.chromium / -Dportal.test.chromedriver. */
    private static final String CHROMIUM = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': '
                  + v.nodes.map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));
            """;
    private static String axeSource;

    private Chromium() {
    }

    public static ChromeDriver start() {
        assertThat(new File(CHROMEDRIVER)).as("Chromium's driver (apt-get install chromium chromium-driver)").exists();
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the page the browser shows, one line each. */
    public static List<?> axeViolations(ChromeDriver browser) {
        ((JavascriptExecutor) browser).executeScript(axe());
        Object found = ((JavascriptExecutor) browser).executeAsyncScript(AXE_RUN);
        return found instanceof List<?> list ? list : List.of(String.valueOf(found));
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
