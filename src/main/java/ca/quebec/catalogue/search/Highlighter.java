package ca.quebec.catalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import ca.quebec.catalogue.search.Analysis.Language;
import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;
import ca.quebec.catalogue.search.Synonyms.Phrase;

/**
 * Shows why a record matched: the values of its properties that contain a word the
 * query looked for (its stems, near spellings, completions, synonyms), with those words
 * marked. It re-reads the record rather than the index's grouped fields, so it can say
 * "organizations" rather than "some text field"; Lucene's highlighters would have to be
 * taught the same word variants and per-language fields to do it.
 *
 * <p>Fragments are HTML-escaped and marks are {@code <mark>…</mark>}. Short values are
 * given whole; a long description is cut to a window around its first mark.
 */
final class Highlighter {

    private static final int MAX_FRAGMENT = 240;
    private static final int CACHE_LIMIT = 20_000;
    /**
     * Descriptions are analysed again for nearly every hit (a two-letter probe such as "do"
     * rarely rules a French text out), which was half the cost of a search. A catalogue's
     * worth of them (a few KB each) is kept; past that, the cache starts over.
     */
    private static final int DESCRIPTION_CACHE_LIMIT = 4_096;
    private static final int MAX_ORGANIZATIONS = 5;

    private final Analysis analysis;
    /** Organization names, category labels and keywords recur in thousands of records: analyse each once. */
    private final Map<String, Analysed> shared = new ConcurrentHashMap<>();
    private final Map<String, Analysed> descriptions = new ConcurrentHashMap<>();

    /** A text's words, and the text folded and collapsed for {@link Matcher#mayMatch}. */
    private record Analysed(String collapsed, List<Word> words) {
    }

    /** A word of a text with its stems. */
    private record Word(int start, int end, int position, boolean stop, String term, String french, String english) {
    }

    Highlighter(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Highlights the hits of one search; values shared by many hits are marked once. */
    Session session(QueryPlan plan) {
        return new Session(plan.matchesEverything() ? null : new Matcher(plan));
    }

    final class Session {
        private static final Marked NONE = new Marked("", "", -1, 0);
        private final Matcher matcher;
        /** Keywords, organization names, category labels recur from hit to hit: each is marked once per search. */
        private final Map<String, Marked> shared = new HashMap<>();
        private final Map<String, Marked> organizations = new HashMap<>();

        private Session(Matcher matcher) {
            this.matcher = matcher;
        }

        Map<String, List<String>> highlight(SearchDocument record) {
            Map<String, List<String>> highlights = new LinkedHashMap<>();
            if (matcher == null) {
                return highlights;
            }
            add(highlights, "name", mark(matcher, record.name(), false));
            for (String alias : record.aliases()) {
                add(highlights, "aliases", mark(matcher, alias, false));
            }
            for (String keyword : record.keywords()) {
                add(highlights, "keywords", shared(keyword));
            }
            for (CategoryRef category : record.categories()) {
                add(highlights, "categories", shared(category.nameFr()));
                add(highlights, "categories", shared(category.nameEn()));
            }
            // "Ministère des Transports" half-matches every ministry: show only the organizations
            // that match best, and a few of them.
            List<Marked> matched = new ArrayList<>();
            for (OrganizationRef organization : record.usedBy()) {
                Marked marked = organization(organization);
                if (marked != null) {
                    matched.add(marked);
                }
            }
            int best = matched.stream().mapToInt(Marked::marks).max().orElse(0);
            matched.stream().filter(m -> m.marks() == best).limit(MAX_ORGANIZATIONS)
                    .forEach(m -> add(highlights, "organizations", m));
            if (record.owner() != null) {
                add(highlights, "owner", organization(record.owner()));
            }
            add(highlights, "description.fr", window(description(record.descriptionFr())));
            add(highlights, "description.en", window(description(record.descriptionEn())));
            add(highlights, "licence", shared(record.licence()));
            for (String platform : record.platforms()) {
                add(highlights, "platforms", shared(platform));
            }
            return highlights;
        }

        private Marked description(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Analysed analysed = analysed(descriptions, DESCRIPTION_CACHE_LIMIT, text);
            return matcher.mayMatch(analysed.collapsed()) ? mark(matcher, text, analysed.words()) : null;
        }

        private Marked shared(String text) {
            if (text == null) {
                return null;
            }
            Marked marked = shared.get(text);
            if (marked == null) {
                marked = mark(matcher, text, true);
                shared.put(text, marked == null ? NONE : marked);
            }
            return marked == NONE ? null : marked;
        }

        private Marked organization(OrganizationRef organization) {
            Marked marked = organizations.get(organization.id());
            if (marked == null) {
                marked = Highlighter.this.organization(matcher, organization);
                organizations.put(organization.id(), marked == null ? NONE : marked);
            }
            return marked == NONE ? null : marked;
        }
    }

    /** The organization's name that matched most; with its full name when that was an acronym or alias. */
    private Marked organization(Matcher matcher, OrganizationRef organization) {
        List<String> names = new ArrayList<>();
        names.add(organization.nameFr());
        names.add(organization.nameEn());
        names.add(organization.acronym());
        names.addAll(organization.aliases());
        names.add(organization.id());
        Marked best = null;
        String bestName = null;
        for (String name : names) {
            Marked marked = name == null ? null : mark(matcher, name, true);
            if (marked != null && (best == null || marked.marks() > best.marks())) {
                best = marked;
                bestName = name;
            }
        }
        if (best == null) {
            return null;
        }
        String full = organization.nameFr() != null ? organization.nameFr() : organization.id();
        return bestName.equals(full) ? best
                : new Marked(best.html() + " (" + escape(full) + ")", best.text(), best.firstStart(), best.marks());
    }

    private static void add(Map<String, List<String>> highlights, String field, Object fragment) {
        if (fragment != null) {
            String html = fragment instanceof Marked marked ? marked.html : fragment.toString();
            List<String> values = highlights.computeIfAbsent(field, f -> new ArrayList<>());
            if (!values.contains(html)) {
                values.add(html);
            }
        }
    }

    /** A text with its marks, where the first one starts in the plain text, and how many distinct words are marked. */
    private record Marked(String html, String text, int firstStart, int marks) {
    }

    private Marked mark(Matcher matcher, String text, boolean cache) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Word> words;
        if (cache) {
            Analysed analysed = analysed(shared, CACHE_LIMIT, text);
            if (!matcher.mayMatch(analysed.collapsed())) {
                return null;
            }
            words = analysed.words();
        } else {
            if (!matcher.mayMatch(Matcher.foldAndCollapse(text))) {
                return null;
            }
            words = analyse(text);
        }
        return mark(matcher, text, words);
    }

    private static Marked mark(Matcher matcher, String text, List<Word> words) {
        boolean[] marked = matcher.marks(words);
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(text.length() + 32);
        Set<String> distinct = new HashSet<>();
        int done = 0;
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            if (!marked[i]) {
                continue;
            }
            Word word = words.get(i);
            distinct.add(word.french());
            html.append(escape(text.substring(done, word.start())));
            if (first < 0) {
                first = word.start();
            }
            html.append("<mark>").append(escape(text.substring(word.start(), word.end()))).append("</mark>");
            done = word.end();
        }
        html.append(escape(text.substring(done)));
        return new Marked(html.toString(), text, first, distinct.size());
    }

    /** A long text cut around its first mark, at word boundaries; re-marked on the cut text. */
    private Object window(Marked marked) {
        if (marked == null || marked.text.length() <= MAX_FRAGMENT) {
            return marked;
        }
        String text = marked.text;
        int from = Math.max(0, marked.firstStart - MAX_FRAGMENT / 3);
        int to = Math.min(text.length(), from + MAX_FRAGMENT);
        from = from == 0 ? 0 : Math.max(0, text.indexOf(' ', from) + 1);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        // Only the cut part is escaped and marked: the marks are recomputed from the full result.
        String html = marked.html;
        int start = htmlOffset(text, html, from);
        int end = htmlOffset(text, html, to);
        return (from > 0 ? "…" : "") + html.substring(start, end) + (to < text.length() ? "…" : "");
    }

    /** Where position {@code offset} of the plain text falls in its marked, escaped form (never inside a tag or entity). */
    private static int htmlOffset(String text, String html, int offset) {
        int plain = 0;
        int i = 0;
        while (i < html.length() && plain < offset) {
            char c = html.charAt(i);
            if (c == '<') {
                i = html.indexOf('>', i) + 1;
            } else if (c == '&') {
                i = html.indexOf(';', i) + 1;
                plain++;
            } else {
                i++;
                plain++;
            }
        }
        // Keep a mark that opens right here with its word.
        while (html.startsWith("</mark>", i)) {
            i += "</mark>".length();
        }
        return i;
    }

    private Analysed analysed(Map<String, Analysed> cache, int limit, String text) {
        Analysed analysed = cache.get(text);
        if (analysed == null) {
            analysed = new Analysed(Matcher.foldAndCollapse(text), analyse(text));
            if (cache.size() >= limit) {
                cache.clear();
            }
            cache.put(text, analysed);
        }
        return analysed;
    }

    private List<Word> analyse(String text) {
        List<Word> words = new ArrayList<>();
        for (Analysis.Token token : analysis.tokens(text)) {
            words.add(new Word(token.start(), token.end(), token.position(), token.stop(), token.term(),
                    Analysis.stem(Language.FR, token.term()), Analysis.stem(Language.EN, token.term())));
        }
        return words;
    }

    /** Decides which words of a text the query was looking for. */
    private static final class Matcher {
        private final Set<String> french;
        private final Set<String> english;
        private final List<StemmedPhrase> phrases = new ArrayList<>();
        /** Two-letter beginnings of what is searched, or null when a word is too short to have one. */
        private final Set<String> probes;

        /** A multi-word synonym, stemmed once per search rather than once per word compared. */
        private record StemmedPhrase(String[] french, String[] english, int[] positions) {
        }

        Matcher(QueryPlan plan) {
            this.french = plan.stems.getOrDefault(Language.FR, Set.of());
            this.english = plan.stems.getOrDefault(Language.EN, Set.of());
            for (Phrase phrase : plan.phrases) {
                int n = phrase.words().size();
                String[] fr = new String[n];
                String[] en = new String[n];
                int[] positions = new int[n];
                for (int i = 0; i < n; i++) {
                    fr[i] = Analysis.stem(Language.FR, phrase.words().get(i));
                    en[i] = Analysis.stem(Language.EN, phrase.words().get(i));
                    positions[i] = phrase.positions().get(i);
                }
                phrases.add(new StemmedPhrase(fr, en, positions));
            }
            Set<String> beginnings = new HashSet<>();
            Set<String> searched = new HashSet<>(plan.words);
            searched.addAll(french);
            searched.addAll(english);
            for (String word : searched) {
                String collapsed = collapse(word);
                if (collapsed.length() < 2) {
                    beginnings = null;
                    break;
                }
                beginnings.add(collapsed.substring(0, 2));
            }
            this.probes = beginnings;
        }

        /**
         * False when the text ({@link #foldAndCollapse folded}) cannot hold a searched word, decided without analysing it: a
         * word and its stem share their beginning (stemmers change endings; the French one
         * also drops doubled letters, hence the collapsing). Most descriptions of most hits
         * are rejected here, which is most of the cost of highlighting.
         */
        boolean mayMatch(String collapsed) {
            if (probes == null) {
                return true;
            }
            for (String probe : probes) {
                if (collapsed.contains(probe)) {
                    return true;
                }
            }
            return false;
        }

        /** Lower case, ASCII-folded as the analysis does, doubled letters collapsed; one pass. */
        static String foldAndCollapse(String text) {
            StringBuilder out = new StringBuilder(text.length());
            char[] one = new char[1];
            char[] folded = new char[4];
            char previous = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    if (c != previous) {
                        out.append(c);
                    }
                    previous = c;
                } else {
                    one[0] = Character.toLowerCase(c);
                    int length = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
                    for (int j = 0; j < length; j++) {
                        if (folded[j] != previous) {
                            out.append(folded[j]);
                        }
                        previous = folded[j];
                    }
                }
            }
            return out.toString();
        }

        private static String collapse(String text) {
            StringBuilder collapsed = new StringBuilder(text.length());
            char previous = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != previous) {
                    collapsed.append(c);
                }
                previous = c;
            }
            return collapsed.toString();
        }

        /** Marks per word, or null when nothing matched. */
        boolean[] marks(List<Word> words) {
            boolean[] marked = null;
            for (int i = 0; i < words.size(); i++) {
                Word word = words.get(i);
                if (!word.stop() && (french.contains(word.french()) || english.contains(word.english()))) {
                    marked = marked == null ? new boolean[words.size()] : marked;
                    marked[i] = true;
                }
            }
            for (StemmedPhrase phrase : phrases) {
                for (int i = 0; i < words.size(); i++) {
                    int[] at = phraseAt(words, i, phrase);
                    if (at != null) {
                        marked = marked == null ? new boolean[words.size()] : marked;
                        for (int index : at) {
                            marked[index] = true;
                        }
                    }
                }
            }
            return marked;
        }

        /** The indexes of the phrase's words if it occurs starting at word {@code i}. */
        private static int[] phraseAt(List<Word> words, int i, StemmedPhrase phrase) {
            Word first = words.get(i);
            if (first.stop() || !same(first, phrase, 0)) {
                return null;
            }
            int[] at = new int[phrase.positions().length];
            at[0] = i;
            int j = i;
            for (int k = 1; k < at.length; k++) {
                int position = first.position() + phrase.positions()[k];
                while (j < words.size() && words.get(j).position() < position) {
                    j++;
                }
                if (j >= words.size() || words.get(j).position() != position || !same(words.get(j), phrase, k)) {
                    return null;
                }
                at[k] = j;
            }
            return at;
        }

        private static boolean same(Word word, StemmedPhrase phrase, int k) {
            return word.french().equals(phrase.french()[k]) || word.english().equals(phrase.english()[k]);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
