package ca.quebec.catalogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.StartupEvent;

/**
 * Switches the console to JSON lines when {@code catalogue.log.json} is set: JBoss
 * LogManager's own {@link JsonFormatter} (timestamp, level, logger, message, thread,
 * the logging context with the request id, the stack trace as one string), set on
 * the console handlers of the root logger.
 *
 * <p>Why not Quarkus' {@code quarkus-logging-json} extension, which would format every
 * line from the first: it is not on the Maven repository this project can reach. An
 * application can only change handlers once it runs, so the lines Quarkus logs before
 * start-up observers run (Flyway's, the datasource's) are still plain text; this
 * observer runs before every other start-up observer, so the seed, the index and
 * every request log JSON.
 */
@ApplicationScoped
public class JsonLogs {

    void onStart(@Observes @Priority(Integer.MIN_VALUE) StartupEvent start, LogConfig config) {
        if (config.json()) {
            install(LogContext.getLogContext().getLogger(""));
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

    static JsonFormatter formatter() {
        JsonFormatter json = new JsonFormatter();
        // One string a collector shows as it is, rather than every frame as an object.
        json.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
        return json;
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
