package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value formats, each with the cases a real file gets wrong. */
class FormatsTest {

    @ParameterizedTest
    @CsvSource({"fr,true", "en,true", "fr-CA,true", "pt-br,true", "zh-Hant-TW,true", "sl-IT-nedis,true", "no,true",
            "fur,true", "es-419,true", "en_GB,false", "eng,false", "fra,false", "xx,false", "en-XX,false", "e,false",
            "'',false", "fr-,false", "x-private,false", "english,false"})
    void languageTags(String tag, boolean valid) {
        assertEquals(valid, Formats.isLanguageTag(tag), tag);
    }

    @ParameterizedTest
    @CsvSource({"pt-br,pt-BR", "ZH-HANT-tw,zh-Hant-TW", "FR,fr", "en-us-x-twain,en-US-x-twain"})
    void languageTagsAreSpelledTheUsualWay(String tag, String canonical) {
        assertEquals(canonical, Formats.canonicalLanguageTag(tag));
    }

    @ParameterizedTest
    @CsvSource({"2024-02-29,2024-02-29", "2023-02-29,", "2024-13-01,", "2024-1-5,", "24-01-05,", "2024-01-05T10:00,",
            "'2024-01-05 ',", "31/12/2026,"})
    void datesAreStrictAndReal(String text, LocalDate expected) {
        if (expected == null) {
            assertNull(Formats.date(text), text);
        } else {
            assertEquals(expected, Formats.date(text));
        }
    }

    /** User-perceived characters: a family emoji of 7 code points (11 UTF-16 units) counts as one. */
    @ParameterizedTest
    @CsvSource({"abc,3", "été,3", "👩‍👩‍👧‍👦,1", "🇨🇦,1", "e\u0301,1", "'',0"})
    void graphemes(String text, int count) {
        assertEquals(count, Formats.graphemes(text), text);
    }

    @ParameterizedTest
    @CsvSource({"https://example.qc.ca/x,true", "http://example.qc.ca,true", "HTTPS://EXAMPLE.QC.CA,true",
            "ftp://example.qc.ca,false", "example.qc.ca,false", "https://,false", "' https://example.qc.ca',false",
            "https://exa mple.qc.ca,false", "javascript:alert(1),false"})
    void httpUrls(String url, boolean valid) {
        assertEquals(valid, Formats.isHttpUrl(url), url);
    }

    @ParameterizedTest
    @CsvSource({"git://git.example.qc.ca/x.git,true", "ssh://git@example.qc.ca/x.git,true",
            "git@github.com:x/y.git,false", "https://example.qc.ca/x.git,false"})
    void versionControlUrls(String url, boolean vcs) {
        assertEquals(vcs, Formats.isVcsUrl(url), url);
    }

    @ParameterizedTest
    @CsvSource({"marie@example.qc.ca,true", "m.tremblay+cat@sct.gouv.qc.ca,true", "responsable@,false",
            "support(at)example.ca,false", "a@b,false", "deux@@example.ca,false"})
    void emails(String email, boolean valid) {
        assertEquals(valid, Formats.isEmail(email), email);
    }

    @ParameterizedTest
    @CsvSource({"CA,true", "ca,true", "Ca,false", "QC,false", "XK,false", "CAN,false"})
    void countries(String code, boolean valid) {
        assertEquals(valid, Formats.isCountry(code), code);
    }

    @ParameterizedTest
    @CsvSource({"urn:x-italian-pa:c_h501,true", "https://www.quebec.ca,true", "urn:isbn:0451450523,true",
            "Ville de Québec,false", "https://,false"})
    void organisationUris(String uri, boolean valid) {
        assertEquals(valid, Formats.isOrganisationUri(uri), uri);
    }
}
