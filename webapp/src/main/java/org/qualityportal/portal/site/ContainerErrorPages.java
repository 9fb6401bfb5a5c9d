package org.qualityportal.portal.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (an encoded {@code ..} or NUL in the
 * path, a malformed request line) get the portal's built-in Russian error page instead of
 * Tomcat's English report.
 */
@Component
class ContainerErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerErrorPages.class);

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        var pipeline = tomcat.getTomcat().getHost().getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve.getClass() == ErrorReportValve.class) {
                pipeline.removeValve(valve);
                pipeline.addValve(new BuiltInErrorPageValve());
                return;
            }
        }
        LOG.warn("Tomcat's error report valve was not found; container errors keep Tomcat's page");
    }

    /** Writes the built-in error page for container-level errors; never a stack trace. */
    static final class BuiltInErrorPageValve extends ErrorReportValve {
        BuiltInErrorPageValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try (InputStream in = ContainerErrorPages.class.getResourceAsStream("/fallback-error.html")) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{status}}", String.valueOf(status));
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(html);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException | NullPointerException e) {
                LOG.debug("Could not write the built-in error page", e);
            }
        }
    }
}
