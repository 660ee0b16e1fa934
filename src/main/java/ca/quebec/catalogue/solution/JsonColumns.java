package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import ca.quebec.catalogue.persistence.StoredJson;

/** Text-column converters for a solution's structured values. */
final class JsonColumns {

    private JsonColumns() {
    }

    @Converter
    static class Contractors implements AttributeConverter<List<Contractor>, String> {
        private static final TypeReference<List<Contractor>> TYPE = new TypeReference<>() {
        };

        @Override
        public String convertToDatabaseColumn(List<Contractor> value) {
            return StoredJson.write(value == null ? List.of() : value);
        }

        @Override
        public List<Contractor> convertToEntityAttribute(String column) {
            return column == null || column.isEmpty() ? List.of() : List.copyOf(StoredJson.read(column, TYPE));
        }
    }

    @Converter
    static class FeatureLists implements AttributeConverter<Features, String> {
        @Override
        public String convertToDatabaseColumn(Features value) {
            return StoredJson.write(value == null ? Features.NONE : value);
        }

        @Override
        public Features convertToEntityAttribute(String column) {
            return column == null || column.isEmpty() ? Features.NONE : StoredJson.read(column, Features.class);
        }
    }
}
