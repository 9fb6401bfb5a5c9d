package org.qualityportal.portal.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Front-end libraries packaged as WebJars, served from the jar under {@code /webjars/<name>/<version>/…}.
 * The version is part of the address, so the files are cached for a year and an upgrade changes
 * every URL. Served before the site's catch-all page mapping.
 */
@Configuration(proxyBeanMethods = false)
public class WebJars implements WebMvcConfigurer {
    private static final String LOCATION = "classpath:/META-INF/resources/webjars/";

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registry.addResourceHandler("/webjars/**").addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    /** The address of a file of a WebJar on the classpath, e.g. {@code url("tinymce", "tinymce.min.js")}. */
    public String url(String webjar, String file) {
        return "/webjars/" + webjar + "/" + versions.computeIfAbsent(webjar, WebJars::version) + "/" + file;
    }

    private static String version(String webjar) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources(LOCATION + webjar + "/*/package.json");
            if (found.length == 0) {
                throw new IllegalStateException("WebJar " + webjar + " is not on the classpath");
            }
            String url = found[0].getURL().toString();
            String dir = url.substring(0, url.lastIndexOf('/'));
            return dir.substring(dir.lastIndexOf('/') + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
