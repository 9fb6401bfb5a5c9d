package org.qualityportal.portal;

import java.io.PrintStream;

import org.qualityportal.content.ContentStore;
import org.qualityportal.portal.cli.ContentCommands;
import org.qualityportal.portal.search.ReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the portal; {@code import DIR}, {@code export DIR} and {@code reindex} run a command instead and exit.
 */
@SpringBootApplication
public class PortalApplication {

    public static void main(String[] args) {
        if (ContentCommands.isCommand(args) || ReindexCommand.isCommand(args)) {
            System.exit(runCommand(args, System.out));
        }
        SpringApplication.run(PortalApplication.class, args);
    }

    /** Runs {@code import}, {@code export} or {@code reindex} in a context without a web server; returns the exit code. */
    static int runCommand(String[] args, PrintStream out) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE)
                .properties("portal.import-on-empty=false", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run(args)) {
            if (ReindexCommand.isCommand(args)) {
                return new ReindexCommand(context, out).run();
            }
            return new ContentCommands(context.getBean(ContentStore.class), out).run(args);
        }
    }
}
