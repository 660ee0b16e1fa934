package ca.quebec.catalogue.visibility;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import ca.quebec.catalogue.persistence.StoredJson;

@Converter
public class ContactListConverter implements AttributeConverter<List<Contact>, String> {

    private static final TypeReference<List<Contact>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Contact> contacts) {
        return StoredJson.write(contacts == null ? List.of() : contacts);
    }

    @Override
    public List<Contact> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(StoredJson.read(column, TYPE));
    }
}
