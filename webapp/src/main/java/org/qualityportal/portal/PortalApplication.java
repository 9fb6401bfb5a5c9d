package org.qualityportal.portal;

import java.io.PrintStream;

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
            System.exit(runCommand(args, System.out));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    /** Runs {@code import} or {@code export} in a context without a web server; returns the exit code. */
    static int runCommand(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE)
                .properties("portal.import-on-empty=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(args)) {
            return new ContentCommands(context.getBean(ContentStore.class), out).run(args);
        }
    }
}
