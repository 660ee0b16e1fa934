package ca.quebec.catalogue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.search.Analysis.Language;
import ca.quebec.catalogue.search.Synonyms.Phrase;

/**
 * Turns the text a person typed into a Lucene query, without Lucene's query syntax:
 * quotes, colons, brackets and operators are just punctuation, so no input can fail.
 *
 * <p>How the text is read:
 * <ol>
 * <li>It is cut into words by {@link Analysis#words}; stop words are dropped and at most
 * {@value #MAX_WORDS} words are kept.</li>
 * <li>Each word may match its own stems (French and English) and, read against the
 * index's vocabulary: if the word appears nowhere, its near spellings (typos: one edit for
 * 5–7 letters, two from 8, first letter kept, nothing under 5); for the last word, unless
 * the text ends with a space, the words it begins (3 letters at least), when it is not a
 * word of the catalogue itself (a word still being typed); and the joined form
 * of it and its neighbour ("libre office" → "libreoffice").</li>
 * <li>Stretches of words that name a concept of {@code synonyms.txt} may match any other
 * way of saying it, as one word.</li>
 * <li>Each word (or concept) must match somewhere: in the name or aliases (×6), the
 * keywords or category labels (×4), the names of the organizations that use or own it (×3)
 * or the descriptions, licence and platforms (×1), best field counting most
 * ({@link DisjunctionMaxQuery}). With three or four words one may be missing, with five or
 * more a quarter. Words that appear nowhere in the catalogue are not required (a stray
 * word does not empty the page), and neither are generic words such as "logiciel" or
 * "tool", which only add to the score.</li>
 * <li>The score, BM25, earns extra for the words side by side in a name, keyword or
 * organization name, and for a text that is a record's whole name or alias, and is multiplied by
 * {@link Documents#usageBoost} so that popularity breaks near-ties.</li>
 * </ol>
 * Exact words weigh 1, synonyms 0.8, near spellings 0.7 (one edit) or 0.5, completions 0.6.
 */
final class QueryPlan {

    static final int MAX_WORDS = 12;

    private static final float NAMES_BOOST = 6f;
    private static final float TAGS_BOOST = 4f;
    private static final float ORGS_BOOST = 3f;
    private static final float BODY_BOOST = 1f;
    private static final Map<String, Float> FIELD_BOOSTS = Map.of(Fields.NAMES, NAMES_BOOST, Fields.TAGS, TAGS_BOOST,
            Fields.ORGS, ORGS_BOOST, Fields.BODY, BODY_BOOST);

    private static final float SYNONYM_WEIGHT = 0.8f;
    private static final float ONE_EDIT_WEIGHT = 0.7f;
    private static final float TWO_EDITS_WEIGHT = 0.5f;
    private static final float COMPLETION_WEIGHT = 0.6f;
    private static final float PROXIMITY_WEIGHT = 0.5f;
    private static final float EXACT_NAME_BONUS = 30f;
    private static final float EXACT_ALIAS_BONUS = 20f;
    private static final float TIE_BREAKER = 0.3f;

    private static final int MAX_FUZZY_VARIANTS = 3;
    /** Near words looked at, in the index's order, before the closest are chosen. */
    private static final int MAX_FUZZY_CANDIDATES = 65;
    private static final int MAX_COMPLETIONS = 5;
    private static final int MAX_COMPLETION_SCAN = 512;
    private static final int MIN_COMPLETION_LENGTH = 3;

    /**
     * Words that say what kind of thing is wanted rather than which: they rank but are
     * never required, so "outil de sondage" finds LimeSurvey, whose text never says "outil".
     */
    private static final Set<String> GENERIC = stems(List.of("outil", "logiciel", "application", "programme", "utilitaire",
            "plateforme", "systeme", "solution", "libre", "gratuit", "tool", "software", "program", "utility", "app",
            "platform", "system", "free", "open", "source"));

    /** One reading of a query word: a word of the vocabulary and what a match on it is worth. */
    record Variant(String word, float weight) {
    }

    /** What the query matches; null query means every record. */
    final Query query;
    /** Stems per language of every word variant, for highlighting. */
    final Map<Language, Set<String>> stems;
    /** Multi-word synonyms, for highlighting. */
    final List<Phrase> phrases;
    /** Every word variant, folded but not stemmed, for highlighting's quick rejection of texts. */
    final Set<String> words;

    private QueryPlan(Query query, Map<Language, Set<String>> stems, List<Phrase> phrases, Set<String> words) {
        this.query = query;
        this.stems = stems;
        this.phrases = phrases;
        this.words = words;
    }

    boolean matchesEverything() {
        return query == null;
    }

    /** A query word and its variants. */
    private static final class Word {
        final String text;
        final int position;
        final Map<String, Float> variants = new LinkedHashMap<>();
        boolean known;

        Word(String text, int position) {
            this.text = text;
            this.position = position;
        }

        void add(String word, float weight) {
            variants.merge(word, weight, Math::max);
        }

        boolean generic() {
            return GENERIC.contains(Analysis.stem(Language.FR, text));
        }
    }

    /** One unit the query requires: a word, or a stretch of words that a synonym group names. */
    private record Part(List<Word> words, List<Phrase> synonyms, boolean known, boolean generic) {
    }

    static QueryPlan plan(String text, Analysis analysis, Synonyms synonyms, TermLookups.Lookup lookup, Spellings spellings)
            throws IOException {
        List<Analysis.Token> tokens = analysis.tokens(text);
        List<Word> words = new ArrayList<>();
        for (Analysis.Token token : tokens) {
            if (!token.stop() && words.size() < MAX_WORDS) {
                words.add(new Word(token.term(), token.position()));
            }
        }
        if (words.isEmpty()) {
            return new QueryPlan(null, Map.of(), List.of(), Set.of());
        }
        Analysis.Token lastToken = tokens.get(tokens.size() - 1);
        boolean typingLast = !lastToken.stop() && lastToken.end() == text.length()
                && lastToken.term().equals(words.get(words.size() - 1).text);

        // Synonym groups first: a word that names a concept of the list is a real word,
        // not a typo to correct or a prefix to complete ("chiffrier" is not "chiffrer").
        List<String> texts = words.stream().map(w -> w.text).toList();
        List<Synonyms.Match> matches = new ArrayList<>();
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size();) {
            Synonyms.Match match = synonyms.longestAt(texts, i);
            if (match != null && !match.alternatives().isEmpty()) {
                matches.add(match);
                for (int j = match.from(); j < match.to(); j++) {
                    covered[j] = true;
                }
                i = match.to();
            } else {
                i++;
            }
        }

        Vocabulary vocabulary = new Vocabulary(lookup, spellings);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            word.add(word.text, 1f);
            word.known = vocabulary.contains(word.text) || vocabulary.containsStems(word.text);
            if (covered[i]) {
                continue;
            }
            if (!word.known) {
                for (Variant near : vocabulary.nearSpellings(word.text)) {
                    word.add(near.word(), near.weight());
                    word.known = true;
                }
            }
            // Completing a word the catalogue already has ("données" → "donneesouvertes"…) costs
            // more than it finds; a word still being typed ("postgr", "navigat") is what it is for.
            if (typingLast && i == words.size() - 1 && !word.known) {
                for (String completion : vocabulary.completions(word.text)) {
                    word.add(completion, COMPLETION_WEIGHT);
                    word.known = true;
                }
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String joined = words.get(i).text + words.get(i + 1).text;
            if (vocabulary.contains(joined)) {
                for (Word word : List.of(words.get(i), words.get(i + 1))) {
                    word.add(joined, 1f);
                    word.known = true;
                }
            }
        }

        List<Part> parts = new ArrayList<>();
        int next = 0;
        for (Synonyms.Match match : matches) {
            for (; next < match.from(); next++) {
                Word word = words.get(next);
                parts.add(new Part(List.of(word), List.of(), word.known, word.generic()));
            }
            List<Word> stretch = words.subList(match.from(), match.to());
            boolean known = stretch.stream().allMatch(w -> w.known)
                    || match.alternatives().stream().anyMatch(p -> p.words().stream().allMatch(vocabulary::contains));
            parts.add(new Part(stretch, match.alternatives(), known, false));
            next = match.to();
        }
        for (; next < words.size(); next++) {
            Word word = words.get(next);
            parts.add(new Part(List.of(word), List.of(), word.known, word.generic()));
        }

        List<Part> required = parts.stream().filter(p -> p.known() && !p.generic()).toList();
        List<Part> optional = parts.stream().filter(p -> p.known() && p.generic()).toList();
        if (required.isEmpty()) {
            required = optional;
            optional = List.of();
        }
        Map<Language, Set<String>> stems = Map.of(Language.FR, new HashSet<>(), Language.EN, new HashSet<>());
        List<Phrase> phrases = new ArrayList<>();
        if (required.isEmpty()) {
            return new QueryPlan(new MatchNoDocsQuery("no word of the text is in the catalogue"), stems, phrases, Set.of());
        }

        BooleanQuery.Builder match = new BooleanQuery.Builder();
        for (Part part : required) {
            match.add(partQuery(part, stems, phrases, lookup), Occur.SHOULD);
        }
        match.setMinimumNumberShouldMatch(minimumToMatch(required.size()));

        BooleanQuery.Builder scored = new BooleanQuery.Builder().add(match.build(), Occur.MUST);
        for (Part part : optional) {
            scored.add(partQuery(part, stems, phrases, lookup), Occur.SHOULD);
        }
        if (words.size() > 1) {
            Query proximity = proximity(words, lookup);
            if (proximity != null) {
                scored.add(proximity, Occur.SHOULD);
            }
        }
        String whole = RecordNames.normalize(text);
        if (!whole.isEmpty()) {
            exact(scored, lookup.query(new Term(Fields.NAME_KEY, whole)), EXACT_NAME_BONUS);
            exact(scored, lookup.query(new Term(Fields.ALIAS_KEY, whole)), EXACT_ALIAS_BONUS);
        }
        Query query = FunctionScoreQuery.boostByValue(scored.build(), DoubleValuesSource.fromFloatField(Fields.USAGE_BOOST));
        Set<String> variants = new HashSet<>();
        for (Part part : parts) {
            if (part.known()) {
                part.words().forEach(w -> variants.addAll(w.variants.keySet()));
                part.synonyms().forEach(p -> variants.addAll(p.words()));
            }
        }
        return new QueryPlan(query, stems, phrases, variants);
    }

    /** All of one or two words; all but one of three or four; three quarters of more. */
    static int minimumToMatch(int parts) {
        if (parts <= 2) {
            return parts;
        }
        if (parts <= 4) {
            return parts - 1;
        }
        return (int) Math.ceil(parts * 0.75);
    }

    private static void exact(BooleanQuery.Builder scored, TermQuery key, float bonus) {
        if (key != null) {
            scored.add(new BoostQuery(new ConstantScoreQuery(key), bonus), Occur.SHOULD);
        }
    }

    private static Query partQuery(Part part, Map<Language, Set<String>> stems, List<Phrase> phrases, TermLookups.Lookup lookup) {
        if (part.synonyms().isEmpty()) {
            return wordQuery(part.words().get(0), stems, lookup);
        }
        List<Query> alternatives = new ArrayList<>();
        if (part.words().size() == 1) {
            alternatives.add(wordQuery(part.words().get(0), stems, lookup));
        } else {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            part.words().forEach(w -> all.add(wordQuery(w, stems, lookup), Occur.MUST));
            alternatives.add(all.build());
        }
        for (Phrase synonym : part.synonyms()) {
            if (synonym.words().size() == 1) {
                String word = synonym.words().get(0);
                alternatives.addAll(termQueries(word, SYNONYM_WEIGHT, lookup));
                addStems(stems, word);
            } else {
                alternatives.addAll(phraseQueries(synonym, SYNONYM_WEIGHT, lookup));
                phrases.add(synonym);
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    /**
     * The best of the word's variants in the best field, plus a little for the other fields.
     * Terms that no record holds are left out: they would match nothing and add nothing.
     */
    private static Query wordQuery(Word word, Map<Language, Set<String>> stems, TermLookups.Lookup lookup) {
        Map<Term, Float> best = new LinkedHashMap<>();
        word.variants.forEach((variant, weight) -> {
            for (String field : Fields.TEXT) {
                for (String stem : bothStems(variant)) {
                    best.merge(new Term(field, stem), FIELD_BOOSTS.get(field) * weight, Math::max);
                }
            }
            addStems(stems, variant);
        });
        List<Query> perTerm = new ArrayList<>(best.size());
        best.forEach((term, boost) -> {
            TermQuery query = lookup.query(term);
            if (query != null) {
                perTerm.add(new BoostQuery(query, boost));
            }
        });
        return perTerm.isEmpty() ? new MatchNoDocsQuery("no variant of the word is in the catalogue") : new DisjunctionMaxQuery(perTerm, TIE_BREAKER);
    }

    private static List<Query> termQueries(String word, float weight, TermLookups.Lookup lookup) {
        List<Query> queries = new ArrayList<>();
        for (String field : Fields.TEXT) {
            for (String stem : bothStems(word)) {
                TermQuery query = lookup.query(new Term(field, stem));
                if (query != null) {
                    queries.add(new BoostQuery(query, FIELD_BOOSTS.get(field) * weight));
                }
            }
        }
        return queries;
    }

    private static List<Query> phraseQueries(Phrase phrase, float weight, TermLookups.Lookup lookup) {
        List<Query> queries = new ArrayList<>();
        for (String field : Fields.TEXT) {
            Query query = phrase(field, phrase.words(), phrase.positions(), lookup);
            if (query != null) {
                queries.add(new BoostQuery(query, FIELD_BOOSTS.get(field) * weight));
            }
        }
        return queries;
    }

    /**
     * The typed words side by side, in order, in a name, a keyword or category label, or an
     * organization's name ("Ministère des Transports"). Exact phrases (stop words keep their
     * gap): sloppy phrases over every field cost more than the rest of the query.
     */
    private static Query proximity(List<Word> words, TermLookups.Lookup lookup) {
        int first = words.get(0).position;
        List<String> texts = words.stream().map(w -> w.text).toList();
        List<Integer> positions = words.stream().map(w -> w.position - first).toList();
        List<Query> phrases = new ArrayList<>();
        for (String field : List.of(Fields.NAMES, Fields.TAGS, Fields.ORGS)) {
            Query phrase = phrase(field, texts, positions, lookup);
            if (phrase != null) {
                phrases.add(new BoostQuery(phrase, FIELD_BOOSTS.get(field) * PROXIMITY_WEIGHT));
            }
        }
        return phrases.isEmpty() ? null : new DisjunctionMaxQuery(phrases, TIE_BREAKER);
    }

    /**
     * Words at these positions, each by either of its stems; null when some position has no
     * stem in the field, since the phrase could then match nothing.
     */
    private static Query phrase(String field, List<String> words, List<Integer> positions, TermLookups.Lookup lookup) {
        MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term[] held = bothStems(words.get(i)).stream().map(stem -> new Term(field, stem)).filter(t -> lookup.docFreq(t) > 0)
                    .toArray(Term[]::new);
            if (held.length == 0) {
                return null;
            }
            builder.add(held, positions.get(i));
        }
        return builder.build();
    }

    /** The word's French stem, and its English stem when it differs: what the bilingual fields hold. */
    private static List<String> bothStems(String word) {
        String french = Analysis.stem(Language.FR, word);
        String english = Analysis.stem(Language.EN, word);
        return french.equals(english) ? List.of(french) : List.of(french, english);
    }

    private static void addStems(Map<Language, Set<String>> stems, String word) {
        for (Language language : Language.values()) {
            stems.get(language).add(Analysis.stem(language, word));
        }
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.add(Analysis.stem(Language.FR, w)));
        return Set.copyOf(stems);
    }

    /** The index's words, as typed (folded, not stemmed), to recognize typos and complete the last word. */
    private static final class Vocabulary {
        private final TermLookups.Lookup lookup;
        private final IndexReader reader;
        private final Spellings spellings;
        private Terms spell;
        private boolean spellLoaded;

        Vocabulary(TermLookups.Lookup lookup, Spellings spellings) {
            this.lookup = lookup;
            this.reader = lookup.reader();
            this.spellings = spellings;
        }

        boolean contains(String word) {
            return lookup.docFreq(new Term(Fields.SPELL, word)) > 0;
        }

        /** Whether some text field holds the word's stem, e.g. "editeurs" when only "éditeur" is written. */
        boolean containsStems(String word) throws IOException {
            for (String field : Fields.TEXT) {
                for (String stem : bothStems(word)) {
                    if (lookup.docFreq(new Term(field, stem)) > 0) {
                        return true;
                    }
                }
            }
            return false;
        }

        private Terms spell() throws IOException {
            if (!spellLoaded) {
                spell = MultiTerms.getTerms(reader, Fields.SPELL);
                spellLoaded = true;
            }
            return spell;
        }

        /** Words within the allowed edit distance, closest and most common first. */
        List<Variant> nearSpellings(String word) throws IOException {
            int length = word.codePointCount(0, word.length());
            if (length < 5 || word.chars().anyMatch(Character::isDigit) || spell() == null) {
                return List.of();
            }
            int maxEdits = length <= 7 ? 1 : 2;
            record Candidate(String word, int edits, int docFreq) {
            }
            List<Candidate> candidates = new ArrayList<>();
            // Lucene's FuzzyTermsEnum (first letter kept, transpositions) would find the same words in the same order.
            for (Spellings.Near near : spellings.near(reader, word, maxEdits, MAX_FUZZY_CANDIDATES)) {
                candidates.add(new Candidate(near.word(), Math.max(1, editDistance(word, near.word())), near.docFreq()));
            }
            return candidates.stream()
                    .sorted(Comparator.comparingInt(Candidate::edits).thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed())
                            .thenComparing(Candidate::word))
                    .limit(MAX_FUZZY_VARIANTS)
                    .map(c -> new Variant(c.word(), c.edits() <= 1 ? ONE_EDIT_WEIGHT : TWO_EDITS_WEIGHT))
                    .toList();
        }

        /** The most common words that begin with the typed one. */
        List<String> completions(String prefix) throws IOException {
            if (prefix.length() < MIN_COMPLETION_LENGTH || spell() == null) {
                return List.of();
            }
            record Candidate(String word, int docFreq) {
            }
            List<Candidate> candidates = new ArrayList<>();
            TermsEnum terms = spell().iterator();
            BytesRef start = new BytesRef(prefix);
            if (terms.seekCeil(start) == TermsEnum.SeekStatus.END) {
                return List.of();
            }
            int scanned = 0;
            for (BytesRef term = terms.term(); term != null && scanned < MAX_COMPLETION_SCAN; term = terms.next(), scanned++) {
                if (!startsWith(term, start)) {
                    break;
                }
                if (term.length > start.length) {
                    candidates.add(new Candidate(term.utf8ToString(), terms.docFreq()));
                }
            }
            return candidates.stream()
                    .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::word))
                    .limit(MAX_COMPLETIONS).map(Candidate::word).toList();
        }

        private static boolean startsWith(BytesRef term, BytesRef prefix) {
            if (term.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Optimal string alignment distance (a transposition counts as one edit), on short words. */
    static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length][y.length];
    }
}
