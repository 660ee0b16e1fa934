package ca.quebec.catalogue.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A closed list of words the API speaks (platforms, statuses, roles…), as an enum
 * whose constants carry their wire names. The same enum checks request values,
 * parses query parameters and, through {@link JsonValue}, gives the contract its
 * enumeration, so that each list is written once.
 */
public interface Vocabulary {

    /** The word on the wire. */
    @JsonValue
    String wire();

    static <E extends Enum<E> & Vocabulary> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::wire).toList();
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.wire().equals(word)).findFirst();
    }

    /** Whether the word is one of the list's. */
    static <E extends Enum<E> & Vocabulary> boolean contains(Class<E> type, String word) {
        return parse(type, word).isPresent();
    }
}
