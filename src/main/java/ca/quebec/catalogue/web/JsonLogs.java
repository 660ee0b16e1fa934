package ca.quebec.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.StartupEvent;

/**
 * Switches the console to JSON lines when {@code catalogue.log.json} is set: JBoss
 * LogManager's structured line (timestamp, level, logger, message, thread, the logging
 * context with the request id, the stack trace as one string; {@link JsonLogFormatter}),
 * set on the console handlers of the root logger.
 *
 * <p>Why not Quarkus' {@code quarkus-logging-json} extension, which would format every
 * line from the first: it is not on the Maven repository this project can reach. An
 * application can only change handlers once it runs, so the lines Quarkus logs before
 * start-up observers run (Flyway's and Hibernate's: five to thirteen) are still plain
 * text; this observer runs before every other start-up observer, so the seed, the index
 * and every request log JSON.
 */
@ApplicationScoped
public class JsonLogs {

    private static final Logger LOG = Logger.getLogger(JsonLogs.class);

    void onStart(@Observes @Priority(Integer.MIN_VALUE) StartupEvent start, LogConfig config) {
        if (config.json()) {
            try {
                install(LogContext.getLogContext().getLogger(""));
            } catch (RuntimeException | LinkageError e) {
                // A log format is never a reason not to serve: the lines stay plain text, and say why.
                LOG.error("JSON logs could not be switched on (catalogue.log.json): the console stays in plain text", e);
            }
        }
    }

    /** Gives every console handler under this logger (in Quarkus, inside its delayed handler) a JSON formatter; answers how many. */
    static int install(java.util.logging.Logger root) {
        int installed = 0;
        for (Handler handler : consoleHandlers(root.getHandlers())) {
            handler.setFormatter(formatter());
            installed++;
        }
        return installed;
    }

    static StructuredFormatter formatter() {
        return new JsonLogFormatter();
    }

    private static List<Handler> consoleHandlers(Handler[] handlers) {
        List<Handler> found = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                found.add(handler);
            } else if (handler instanceof ExtHandler nested) {
                found.addAll(consoleHandlers(nested.getHandlers()));
            }
        }
        return found;
    }
}
