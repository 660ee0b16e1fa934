package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.jboss.logmanager.handlers.FileHandler;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The switch to JSON logs, on a logger tree laid out as Quarkus lays it (a console handler
 * inside the root logger's delayed handler), in a log context of the test's own.
 */
class JsonLogsTest {

    @Test
    void theConsoleHandlersGetTheJsonFormatterAndNothingElseChanges() throws Exception {
        LogContext context = LogContext.create();
        Logger root = context.getLogger("");
        DelayedHandler delayed = new DelayedHandler();
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%d %-5p [%c] %X{requestId} %s%n"));
        Formatter plain = new PatternFormatter("%s%n");
        FileHandler file = new FileHandler();
        file.setFormatter(plain);
        delayed.addHandler(console);
        root.addHandler(delayed);
        root.addHandler(file);

        assertEquals(1, JsonLogs.install(root));
        assertInstanceOf(JsonLogFormatter.class, console.getFormatter());
        assertSame(plain, file.getFormatter(), "only the console");

        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Search index rebuilt: %d records", ExtLogRecord.FormatStyle.PRINTF,
                JsonLogsTest.class.getName());
        record.setParameters(new Object[] { 519 });
        record.setLoggerName("ca.quebec.catalogue.search.SearchIndexer");
        record.setMdc(Map.of(RequestIds.MDC_KEY, "abc-123"));
        record.setThrown(new IllegalStateException("boom"));
        String line = console.getFormatter().format(record);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line per record: " + line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("INFO", json.path("level").asText());
        assertEquals("ca.quebec.catalogue.search.SearchIndexer", json.path("loggerName").asText());
        assertEquals("Search index rebuilt: 519 records", json.path("message").asText());
        assertEquals("abc-123", json.path("mdc").path(RequestIds.MDC_KEY).asText());
        assertTrue(json.path("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), json.toString());
        assertTrue(json.path("stackTrace").asText().contains("IllegalStateException: boom"), "the trace as one string: " + json);
    }

    /**
     * The same line as LogManager's JsonFormatter writes, field for field (which the packaged
     * application cannot use: JsonLogFormatter says why), special characters included.
     */
    @Test
    void theLineIsLogManagersJsonFormattersLine() throws Exception {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Quote \" backslash \\ tab \t newline \n é € \u0001", JsonLogsTest.class.getName());
        record.setLoggerName("ca.quebec.catalogue.web.EdgeErrors");
        record.setMdc(Map.of(RequestIds.MDC_KEY, "id-1", "other", "x"));
        record.setNdc("ndc");
        record.setThrown(new IllegalArgumentException("bad \"thing\"", new IllegalStateException("cause")));
        JsonFormatter reference = new JsonFormatter();
        reference.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(reference.format(record));
        JsonNode actual = mapper.readTree(JsonLogs.formatter().format(record));
        assertEquals(expected, actual);
        List<String> expectedOrder = new ArrayList<>();
        List<String> actualOrder = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedOrder::add);
        actual.fieldNames().forEachRemaining(actualOrder::add);
        assertEquals(expectedOrder, actualOrder, "the same order");
        assertTrue(actualOrder.containsAll(List.of("timestamp", "level", "loggerName", "message", "threadName", "mdc", "stackTrace")),
                actualOrder.toString());
    }

    @Test
    void withoutAConsoleNothingIsInstalled() {
        LogContext context = LogContext.create();
        assertEquals(0, JsonLogs.install(context.getLogger("")));
    }
}
