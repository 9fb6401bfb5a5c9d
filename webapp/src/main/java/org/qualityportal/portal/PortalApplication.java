package org.qualityportal.portal;

import org.qualityportal.content.ContentStore;
import org.qualityportal.portal.cli.ContentCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the portal; {@code import DIR} and {@code export DIR} run a content command instead and exit.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        if (ContentCommands.isCommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    private static int runCommand(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE)
                .properties("portal.import-on-empty=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(args)) {
            return new ContentCommands(context.getBean(ContentStore.class), System.out).run(args);
        }
    }
}
