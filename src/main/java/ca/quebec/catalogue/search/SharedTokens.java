package ca.quebec.catalogue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * Analysed organization names and category labels, kept for reuse at indexing time.
 *
 * <p>A popular record is used by sixty bodies, each with four or five names: analysing
 * those names again for every record was most of a rebuild. They are the same few hundred
 * strings across the whole catalogue, so each is analysed once per analyzer and its tokens
 * replayed into the fields of every record that names it. Bounded: past
 * {@value #LIMIT} strings the cache starts over.
 */
final class SharedTokens {

    private static final int LIMIT = 50_000;

    private record Tokens(String[] terms, int[] increments) {
    }

    private final Map<String, Tokens> bilingual = new ConcurrentHashMap<>();
    private final Map<String, Tokens> words = new ConcurrentHashMap<>();
    private final Analysis analysis;

    SharedTokens(Analysis analysis) {
        this.analysis = analysis;
    }

    /** A ranked text field ({@link Analysis#bilingual}) holding this shared value. */
    Field bilingual(String field, String value, FieldType type) {
        return new SharedField(field, tokens(bilingual, analysis.bilingual, value), type);
    }

    /** A vocabulary field ({@link Analysis#words}) holding this shared value. */
    Field words(String field, String value, FieldType type) {
        return new SharedField(field, tokens(words, analysis.words, value), type);
    }

    /**
     * A field that only points at recorded tokens: its token stream is made (or the indexing
     * chain's previous one reused) when it is indexed, so a batch of documents waiting to be
     * indexed does not hold a token stream per value.
     */
    private static final class SharedField extends Field {
        private final Tokens tokens;

        SharedField(String name, Tokens tokens, FieldType type) {
            super(name, type);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            if (reuse instanceof Replay replay) {
                replay.play(tokens);
                return replay;
            }
            return new Replay(tokens);
        }
    }

    private static Tokens tokens(Map<String, Tokens> cache, Analyzer analyzer, String value) {
        Tokens tokens = cache.get(value);
        if (tokens == null) {
            tokens = analyse(analyzer, value);
            if (cache.size() >= LIMIT) {
                cache.clear();
            }
            cache.put(value, tokens);
        }
        return tokens;
    }

    private static Tokens analyse(Analyzer analyzer, String value) {
        List<String> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tokens(terms.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Plays recorded tokens back, as the analyzer produced them. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private Tokens tokens;
        private int next;

        Replay(Tokens tokens) {
            this.tokens = tokens;
        }

        void play(Tokens other) {
            this.tokens = other;
            this.next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next >= tokens.terms().length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(tokens.terms()[next]);
            increment.setPositionIncrement(tokens.increments()[next]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
