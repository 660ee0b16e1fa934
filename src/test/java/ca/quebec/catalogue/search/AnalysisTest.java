package ca.quebec.catalogue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.quebec.catalogue.search.Analysis.Language;

class AnalysisTest {

    private final Analysis analysis = new Analysis();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            L’Éditeur d'images       | editeur images
            qu'il jusqu'à            | il a
            Firefox's cœur           | firefox coeur
            GPL-2.0-or-later         | gpl 2.0 or later
            Œuvre ÉLÈVE Ça           | oeuvre eleve ca
            """)
    void wordsAreFoldedWithoutElisionsOrPossessives(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), analysis.tokens(text).stream().map(Analysis.Token::term).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            éditeur | éditeurs | editeur | Editeurs
            sécurité | securite | sécurités | SECURITE
            navigateur | navigateurs | Navigateur | navigateur
            base | bases | Base | BASES
            """)
    void frenchVariantsShareAStem(String a, String b, String c, String d) {
        List<String> stems = new ArrayList<>();
        for (String word : List.of(a, b, c, d)) {
            stems.addAll(analyze(analysis.french, word));
        }
        assertEquals(1, stems.stream().distinct().count(), stems.toString());
    }

    @Test
    void englishPluralsAndPossessivesShareAStem() {
        assertEquals(analyze(analysis.english, "browser"), analyze(analysis.english, "browsers"));
        assertEquals(analyze(analysis.english, "library"), analyze(analysis.english, "libraries"));
        assertEquals(analyze(analysis.english, "Firefox"), analyze(analysis.english, "Firefox's"));
    }

    @Test
    void stopWordsAreDroppedFromTheLanguageChains() {
        assertEquals(List.of("outil", "sondage"), analyze(analysis.english, "l'outil de la sondage"));
        assertTrue(analysis.tokens("de la").stream().allMatch(Analysis.Token::stop));
    }

    /** Query planning and highlighting stem with {@link Analysis#stem}: it must give what the index chains give. */
    @Test
    void theStemShortcutMatchesTheIndexChainsOnTheWholeSeed() {
        int checked = 0;
        for (SearchDocument document : SeedCatalogue.load().software()) {
            List<String> texts = new ArrayList<>(List.of(document.name()));
            texts.addAll(document.keywords());
            texts.add(document.descriptionFr() == null ? "" : document.descriptionFr());
            texts.add(document.descriptionEn() == null ? "" : document.descriptionEn());
            for (String text : texts) {
                for (Language language : Language.values()) {
                    List<String> expected = analyze(language == Language.FR ? analysis.french : analysis.english, text);
                    List<String> shortcut = analysis.tokens(text).stream().filter(t -> !t.stop())
                            .map(t -> Analysis.stem(language, t.term())).toList();
                    assertEquals(expected, shortcut, text);
                    checked++;
                }
            }
        }
        assertTrue(checked > 3000);
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
