package ca.quebec.catalogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariantsTest {

    /** The same choice as the server's compressor, or the tag would name the wrong variant. */
    @ParameterizedTest(name = "Accept-Encoding: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "gzip                       | gzip",
            "deflate                    | deflate",
            "gzip, deflate              | gzip",
            "deflate;q=1, gzip;q=0.5    | deflate",
            "gzip;q=0, deflate          | deflate",
            "gzip;q=0                   | none",
            "br                         | none",
            "identity                   | none",
            "*                          | gzip",
            "gzip;q=0, *                | deflate",
            "gzip;q=0, deflate;q=0, *   | none",
            "GZIP;Q=0.8                 | gzip",
            "gzip;q=abc, deflate        | deflate",
            "''                         | none" })
    void negotiatesAsTheCompressorDoes(String acceptEncoding, String expected) {
        assertEquals(expected, Variants.negotiated(acceptEncoding));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "'\"3-gzip\"'                  | '\"3\"'",
            "'\"3-deflate\", \"4-gzip\"'   | '\"3\", \"4\"'",
            "'\"3\"'                       | '\"3\"'",
            "'W/\"c-ab-gzip\"'             | 'W/\"c-ab-gzip\"'",
            "'*'                           | '*'" })
    void conditionsNameVersionsWhateverVariantWasRead(String condition, String expected) {
        assertEquals(expected, Variants.sameVersion(condition));
    }
}
