package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.quebec.catalogue.kernel.BilingualText;

/** One language of a hit's description ({@code lang}), with its fallback and its highlight. */
class SearchViewsTest {

    @ParameterizedTest(name = "fr={0} en={1} lang={2} -> fr={3} en={4}")
    @CsvSource(nullValues = "-", value = {
            // both languages by default, as they are
            "Tableur, Spreadsheet, -, Tableur, Spreadsheet",
            "Tableur, -,           -, Tableur, -",
            "-,       Spreadsheet, -, -,       Spreadsheet",
            // one language when asked, the other when the record has none in it
            "Tableur, Spreadsheet, fr, Tableur, -",
            "Tableur, Spreadsheet, en, -,       Spreadsheet",
            "Tableur, -,           en, Tableur, -",
            "-,       Spreadsheet, fr, -,       Spreadsheet",
            "Tableur, -,           fr, Tableur, -",
            "-,       Spreadsheet, en, -,       Spreadsheet" })
    void oneLanguageOrTheOther(String fr, String en, String lang, String expectedFr, String expectedEn) {
        SearchViews.Description description = SearchViews.Description.of(BilingualText.of(fr, en), lang);
        assertEquals(new SearchViews.Description(expectedFr, expectedEn), description);
    }

    @ParameterizedTest(name = "lang={0}")
    @CsvSource({ "fr, description.fr, description.en", "en, description.en, description.fr" })
    void onlyTheSentDescriptionKeepsItsHighlight(String lang, String kept, String dropped) {
        SearchViews.Hit hit = new SearchViews.Hit("software", "libreoffice", "LibreOffice",
                new SearchViews.Description("Suite bureautique avec un <tableur>", "Office suite with a spreadsheet"), "MPL-2.0", true, 40,
                3.2f, Map.of("name", List.of("<mark>LibreOffice</mark>"), "description.fr", List.of("un <mark>tableur</mark>"),
                        "description.en", List.of("a <mark>spreadsheet</mark>")),
                "/api/v1/software/libreoffice");
        SearchViews.Hit one = hit.inLanguage(lang);
        assertEquals(hit.highlights().get(kept), one.highlights().get(kept));
        assertNull(one.highlights().get(dropped));
        assertEquals(hit.highlights().get("name"), one.highlights().get("name"));
        assertEquals(hit.id(), one.id());
        assertEquals(hit.score(), one.score());
        assertNull(new SearchViews.Hit("software", "x", "X", null, null, null, 0, null, Map.of(), "/api/v1/software/x").inLanguage(lang)
                .description(), "no description stays none");
    }
}
