package ca.quebec.catalogue.web;

import java.io.Writer;
import java.util.Map;

import org.jboss.logmanager.formatters.StructuredFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * JBoss LogManager's structured log line (the fields and order of its {@code JsonFormatter}:
 * timestamp, sequence, logger, level, message, thread, mdc, ndc, host, process, stack
 * trace), written with Jackson.
 *
 * <p>Why not {@code JsonFormatter} itself: it writes through JSON-P ({@code jakarta.json}),
 * which Quarkus' packaged application holds in the application's class loader, while
 * JBoss LogManager is loaded by the boot class loader, which cannot see it (in tests, on
 * one flat class path, it works; in the package it fails with NoClassDefFoundError).
 * This subclass is loaded with the application, so it sees Jackson; LogManager's own
 * {@link StructuredFormatter} still decides what a record holds.
 */
final class JsonLogFormatter extends StructuredFormatter {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    JsonLogFormatter() {
        // One string a collector shows as it is, rather than every frame as an object.
        setExceptionOutputType(ExceptionOutputType.FORMATTED);
    }

    @Override
    protected Generator createGenerator(Writer writer) throws Exception {
        return new Lines(JSON.createGenerator(writer));
    }

    /** LogManager's generator calls, as Jackson writes them. */
    private record Lines(JsonGenerator json) implements Generator {

        @Override
        public Generator begin() throws Exception {
            json.writeStartObject();
            return this;
        }

        @Override
        public Generator add(String key, int value) throws Exception {
            json.writeNumberField(key, value);
            return this;
        }

        @Override
        public Generator add(String key, long value) throws Exception {
            json.writeNumberField(key, value);
            return this;
        }

        @Override
        public Generator add(String key, Map<String, ?> value) throws Exception {
            json.writeObjectFieldStart(key);
            if (value != null) {
                for (Map.Entry<String, ?> entry : value.entrySet()) {
                    Object v = entry.getValue();
                    if (v == null) {
                        json.writeNullField(entry.getKey());
                    } else if (v instanceof Number || v instanceof Boolean) {
                        json.writeFieldName(entry.getKey());
                        json.writeRawValue(v.toString());
                    } else {
                        json.writeStringField(entry.getKey(), v.toString());
                    }
                }
            }
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator add(String key, String value) throws Exception {
            if (value == null) {
                json.writeNullField(key);
            } else {
                json.writeStringField(key, value);
            }
            return this;
        }

        @Override
        public Generator startObject(String key) throws Exception {
            if (key == null) {
                json.writeStartObject();
            } else {
                json.writeObjectFieldStart(key);
            }
            return this;
        }

        @Override
        public Generator endObject() throws Exception {
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator startArray(String key) throws Exception {
            if (key == null) {
                json.writeStartArray();
            } else {
                json.writeArrayFieldStart(key);
            }
            return this;
        }

        @Override
        public Generator endArray() throws Exception {
            json.writeEndArray();
            return this;
        }

        @Override
        public Generator end() throws Exception {
            json.writeEndObject();
            json.close();
            return this;
        }
    }
}
