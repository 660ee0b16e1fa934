package ca.quebec.catalogue.search;

import java.io.Reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The text analysis, in one place so that indexing, query planning and highlighting
 * cut and normalize words the same way.
 *
 * <p>Descriptions, keywords and names mix French and English and nobody knows which one
 * a user types, so every word is stemmed both ways:
 * <pre>
 * words:     StandardTokenizer → English possessive ('s) → French elision (l' d' qu' jusqu'…)
 *            → lower case → ASCII folding (é→e, œ→oe)
 * bilingual: words → stop words → the FrenchLightStemmer stem (éditeurs, editeur → editeur)
 *            and, at the same position when it differs, the EnglishMinimalStemmer stem
 *            (browsers → browser)
 * </pre>
 * Both stems share one field rather than one field per language: a query word then costs
 * one or two look-ups per field instead of two fields' worth of scorers, which halves the
 * work on broad queries; and "texte" finds "text" when both stem alike. The per-language
 * chains ({@link #french}, {@link #english}) remain for tests of the stem shortcut.
 * Folding comes before stemming on purpose: the French stemmer has a few rules that
 * look at accents, and a user who types "securite" must get the same stem as the
 * text's "sécurité".
 */
final class Analysis {

    enum Language {
        FR, EN
    }

    /**
     * Words too common to tell records apart, in both languages, folded. A short list
     * written for this catalogue rather than Lucene's French one, which also drops
     * words people search with ("son" for audio, "sans" in "sans fil", "sous" in "sous-titres").
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(List.of(
            // French
            "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "en", "est", "et", "l",
            "la", "le", "les", "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "sont", "sur",
            "un", "une", "y",
            // English (Lucene's classic list)
            "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
            "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will",
            "with"), false);

    /** Keeps the values of a multi-valued field apart, so that a phrase never spans two organization names. */
    private static final int VALUE_GAP = 100;

    private static final FrenchLightStemmer FRENCH_STEMMER = new FrenchLightStemmer();
    private static final EnglishMinimalStemmer ENGLISH_STEMMER = new EnglishMinimalStemmer();

    /** The language-neutral chain: folded words, stop words kept (for suggestions, spelling and highlighting). */
    final Analyzer words = new Chain(null);
    final Analyzer french = new Chain(Language.FR);
    final Analyzer english = new Chain(Language.EN);
    final Analyzer bilingual = new Chain(null, true);
    /** Per index field: the ranked text fields bilingual, the rest folded words. */
    final Analyzer index;

    /** One word of a text: its folded form, where it is, and whether it is a stop word. */
    record Token(String term, int start, int end, int position, boolean stop) {
    }

    Analysis() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : Fields.TEXT) {
            perField.put(field, bilingual);
        }
        index = new PerFieldAnalyzerWrapper(words, perField);
    }

    /** The words of a text, folded, with offsets into it and positions. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = words.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String word = term.toString();
                tokens.add(new Token(word, offset.startOffset(), offset.endOffset(), position, isStopWord(word)));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static boolean isStopWord(String folded) {
        return STOP_WORDS.contains(folded);
    }

    /** What the language's chain makes of a folded word: the same stemmer as at index time. */
    static String stem(Language language, String folded) {
        char[] buffer = folded.toCharArray();
        int length = language == Language.FR ? FRENCH_STEMMER.stem(buffer, buffer.length)
                : ENGLISH_STEMMER.stem(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    /** Each word's French stem, then its English stem at the same position when it differs. */
    private static final class BothStems extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private State pending;
        private String english;

        BothStems(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(pending);
                pending = null;
                term.setEmpty().append(english);
                increment.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            String folded = term.toString();
            String french = stem(Language.FR, folded);
            english = stem(Language.EN, folded);
            term.setEmpty().append(french);
            if (!english.equals(french)) {
                pending = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
        }
    }

    private static final NormalizeCharMap COLONS = colons();

    private static NormalizeCharMap colons() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        return map.build();
    }

    private static final class Chain extends Analyzer {
        private final Language language;
        private final boolean bothStems;

        Chain(Language language) {
            this(language, false);
        }

        Chain(Language language, boolean bothStems) {
            this.language = language;
            this.bothStems = bothStems;
        }

        /**
         * A colon between letters joins them into one word for Unicode's word rules ("title:x"),
         * so a query typed in a search engine's syntax would find nothing its words find.
         */
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(COLONS, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (bothStems) {
                stream = new BothStems(new StopFilter(stream, STOP_WORDS));
            } else if (language != null) {
                stream = new StopFilter(stream, STOP_WORDS);
                stream = language == Language.FR ? new FrenchLightStemFilter(stream) : new EnglishMinimalStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }
    }
}
