package org.qualityportal.portal.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the portal, under {@code portal.*}; each can be given on the command line
 * ({@code --portal.home=/srv/portal}) or as an environment variable ({@code PORTAL_HOME}).
 *
 * @param home               holds the repository, index and logs
 * @param lightModules       folder of light modules (templates, definitions, web resources); edits take effect live
 * @param contentImport      content imported on the first start of an empty repository
 * @param importOnEmpty      whether to import {@code contentImport} when the repository is empty
 * @param adminPassword      password of the first admin; when empty one is generated and printed once
 * @param showComponentErrors show a failing component as an error box instead of leaving it out (development)
 * @param reloadInterval     how often light modules are checked for changes
 * @param baseUrl            public address of the site ({@code https://portal.example.org}), used for absolute
 *                           URLs in the sitemap, the Atom feed, robots.txt and canonical links; when unset each
 *                           request's own scheme, host and port are used (fine behind no proxy or a proxy that
 *                           keeps the Host header, but the feed's id then depends on how the site was reached)
 * @param timeZone           the portal's time zone: dates and times in the workspace are shown in it, and the
 *                           times typed into forms (scheduled publishing) are read in it
 */
@ConfigurationProperties("portal")
public record PortalProperties(
        @DefaultValue("./data") Path home,
        @DefaultValue("./light-modules") Path lightModules,
        @DefaultValue("./content-import") Path contentImport,
        @DefaultValue("true") boolean importOnEmpty,
        String adminPassword,
        @DefaultValue("false") boolean showComponentErrors,
        @DefaultValue("1s") Duration reloadInterval,
        URI baseUrl,
        @DefaultValue("Europe/Moscow") ZoneId timeZone) {

    public Path repository() {
        return home.resolve("repository");
    }

    public Path logs() {
        return home.resolve("logs");
    }
}
