package ca.quebec.catalogue.security;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * No key reaches the logs: with the service's own loggers and Hibernate's SQL at DEBUG,
 * issuing a key, using it, writing with it, and sending unknown keys leave no line (message,
 * logging context or stack trace) that holds a key.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class NoSecretLoggedTest {

    @Test
    void noKeyIsEverLogged() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = ExtLogRecord.wrap(record);
                ext.copyAll();
                StringWriter text = new StringWriter().append(ext.getLoggerName()).append(' ').append(ext.getFormattedMessage())
                        .append(' ').append(String.valueOf(ext.getMdcCopy()));
                if (ext.getThrown() != null) {
                    ext.getThrown().printStackTrace(new PrintWriter(text));
                }
                synchronized (lines) {
                    lines.add(text.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        LogContext context = LogContext.getLogContext();
        Logger root = context.getLogger("");
        List<Logger> verbose = List.of(context.getLogger("ca.quebec"), context.getLogger("org.hibernate.SQL"));
        List<Level> levels = verbose.stream().map(Logger::getLevel).toList();
        root.addHandler(capture);
        verbose.forEach(l -> l.setLevel(Level.FINE));
        String key;
        String unknown = "cle-inconnue-" + System.nanoTime();
        try {
            key = Keys.issue("mern", "contributor", "keys stay out of logs");
            api(key).get("/api/v1/me").then().statusCode(200);
            api(key).contentType("application/json")
                    .body(Map.of("mode", "merge", "usages", List.of(Map.of("software", "gimp", "installations", "1-10"))))
                    .post("/api/v1/organizations/mern/usages/bulk").then().statusCode(200);
            badRequest(unknown).get("/api/v1/me").then().statusCode(401);
            badRequest(unknown).get("/api/v1/software/libreoffice").then().statusCode(401);
            badRequest(Keys.ADMIN + "x").get("/api/v1/admin/api-keys").then().statusCode(401);
        } finally {
            root.removeHandler(capture);
            for (int i = 0; i < verbose.size(); i++) {
                verbose.get(i).setLevel(levels.get(i));
            }
        }
        List<String> copy;
        synchronized (lines) {
            copy = List.copyOf(lines);
        }
        assertTrue(copy.size() > 5, "the requests were logged (SQL at DEBUG): " + copy.size());
        for (String secret : List.of(key, unknown, Keys.ADMIN)) {
            assertEquals(List.of(), copy.stream().filter(l -> l.contains(secret)).toList(), "no line holds a key");
        }
    }
}
