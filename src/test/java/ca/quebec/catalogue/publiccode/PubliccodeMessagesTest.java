package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.kernel.Messages;

/** Every code the package can report has a French and an English text, and French reads as French. */
class PubliccodeMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PubliccodeMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages-publiccode.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages-publiccode_en.properties").stringPropertyNames()));
    }

    /** MessageFormat drops a straight apostrophe and everything up to the next one. */
    @Test
    void noStraightApostrophes() throws IOException {
        for (String name : List.of("messages-publiccode.properties", "messages-publiccode_en.properties")) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                assertFalse(bundle.getProperty(key).contains("'"), name + " " + key);
            }
        }
    }

    /** Codes are the string-literal arguments of error(…), warning(…) and refusal(…) in the sources: each needs a text. */
    @Test
    void everyCodeInTheSourcesHasTexts() throws IOException {
        Pattern call = Pattern.compile("(?:error|warning|refusal)\\([^;]*?, \"([a-z][a-z0-9-]+)\"[,)]");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/ca/quebec/catalogue/publiccode"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = call.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertTrue(codes.size() > 40, codes::toString);
        for (String code : codes) {
            PubliccodeIssue issue = PubliccodeIssue.error("", 0, 0, code, "x", "y");
            assertFalse(issue.message(Messages.FRENCH).startsWith("violation."), "no French text for " + code);
            assertFalse(issue.message(Messages.ENGLISH).startsWith("violation."), "no English text for " + code);
        }
    }

    @Test
    void messagesCarryTheirValues() {
        PubliccodeIssue tooLong = PubliccodeIssue.error("description.fr.shortDescription", 3, 5, "text-too-long", 150, 162);
        assertEquals("Ce texte compte 162 caractères ; le maximum est 150.", tooLong.message(Messages.FRENCH));
        assertEquals("This text has 162 characters; the maximum is 150.", tooLong.message(Messages.ENGLISH));
        PubliccodeIssue licence = PubliccodeIssue.error("legal.license", 3, 5, "licence-unknown-id", "Apache");
        assertTrue(licence.message(Messages.FRENCH).contains("« Apache »"), licence.message(Messages.FRENCH));
    }
}
