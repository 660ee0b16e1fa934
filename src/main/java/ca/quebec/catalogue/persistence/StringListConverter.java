package ca.quebec.catalogue.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

/** A list of strings kept as a JSON array in one text column (aliases, keywords, platforms…). */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final TypeReference<List<String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return StoredJson.write(values == null ? List.of() : values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(StoredJson.read(column, TYPE));
    }
}
