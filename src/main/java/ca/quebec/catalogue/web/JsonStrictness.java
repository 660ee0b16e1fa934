package ca.quebec.catalogue.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read strictly: a number where text is expected, or "true"
 * where a boolean is, is a wrong type rather than something quietly converted; a
 * key given twice is malformed JSON, not a last value that silently wins; text
 * that a database cannot hold (NUL, half of a UTF-16 surrogate pair) is refused
 * where it is read; an enum's value is one of its words, exactly; and the body is
 * one JSON value, with nothing after it.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    /**
     * Text with NUL cannot be stored (PostgreSQL refuses it), and half of a surrogate
     * pair is not a character (PostgreSQL would read it back as "?"): neither is ever meant.
     */
    static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            return storable(parser, StringDeserializer.instance.deserialize(parser, context));
        }
    }

    static String storable(JsonParser parser, String value) throws InvalidFormatException {
        if (value != null && value.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, "NUL character", value, String.class);
        }
        if (value != null && hasLoneSurrogate(value)) {
            throw InvalidFormatException.from(parser, "lone surrogate", value, String.class);
        }
        return value;
    }

    /**
     * A value that a creator makes from a string (an inventory line given as a plain
     * string, say) never meets the String deserializer: its text is checked here alike.
     */
    static final class StorableFromString extends ValueInstantiator.Delegating {

        StorableFromString(ValueInstantiator delegate) {
            super(delegate);
        }

        @Override
        public Object createFromString(DeserializationContext context, String value) throws java.io.IOException {
            return super.createFromString(context, storable(context.getParser(), value));
        }
    }

    /**
     * An enum's value is exactly one of its words. Jackson would otherwise trim what
     * surrounds a word (" merge ", or "\u0000replace" read as replace).
     */
    static final class ExactWords extends DelegatingDeserializer {

        ExactWords(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactWords(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getText().equals(parser.getText().trim())) {
                throw InvalidFormatException.from(parser, "not exactly a word of the list", parser.getText(), handledType());
            }
            return super.deserialize(parser, context);
        }
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // One JSON value is the whole body: what follows it ("{…}," or "{…}{…}") is not silently dropped.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("no-nul-strings") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new ValueInstantiators.Base() {
                    @Override
                    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription bean,
                            ValueInstantiator instantiator) {
                        return instantiator.canCreateFromString() ? new StorableFromString(instantiator) : instantiator;
                    }
                });
            }
        }.addDeserializer(String.class, new NoNulStrings()).setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                return new ExactWords(deserializer);
            }
        }));
        // A number is no word: 1 would otherwise be the enum's second constant ("mode": 1 replaced a whole inventory).
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.POJO)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
