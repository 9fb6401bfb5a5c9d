package org.qualityportal.discussions;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Plugs the module into the portal: Spring Boot finds this class through
 * {@code META-INF/spring/…AutoConfiguration.imports} once the jar is on the classpath. Only in the web
 * application (the portal's command-line runs have no use for it).
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ComponentScan
@EnableConfigurationProperties(DiscussionsProperties.class)
public class DiscussionsConfiguration {

    /** The module's clock; one place, so that tests can move time. */
    @Bean
    ModuleTime discussionsTime(DiscussionsProperties properties) {
        return new ModuleTime(Clock.system(properties.timeZone()));
    }
}
