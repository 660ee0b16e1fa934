package ca.quebec.catalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
     * Every text is analysed once and kept with the set of its stems, so that a search rules
     * most texts out with a few hash look-ups (analysing descriptions again for each hit was
     * half the cost of a search). Descriptions: a catalogue's worth (a few KB each); other
     * texts: {@value #CACHE_LIMIT} each. Past that, a cache starts over.
     */
    private static final int DESCRIPTION_CACHE_LIMIT = 4_096;
    private static final int MAX_ORGANIZATIONS = 5;

    private final Analysis analysis;
    /** Organization names, category labels and keywords recur in thousands of records: analyse each once. */
    private final Map<String, Analysed> shared = new ConcurrentHashMap<>();
    /** Records' names and aliases: the same hits come back from search to search. */
    private final Map<String, Analysed> names = new ConcurrentHashMap<>();
    private final Map<String, Analysed> descriptions = new ConcurrentHashMap<>();
    private final Map<OrganizationRef, Analysed> organizations = new ConcurrentHashMap<>();

    /**
     * A text's words, and the stems of those that are not stop words: a search asks whether
     * the text holds one of its few stems, a hash look-up each, before it marks anything.
     */
    private record Analysed(List<Word> words, Stems french, Stems english) {
    }

    /**
     * A set of stems, and the same as an array: whether two sets meet is asked for nearly every
     * text of every hit, and walking an array costs far less than a hash set's iterator.
     */
    private record Stems(Set<String> set, String[] array) {

        static Stems of(Set<String> stems) {
            Set<String> set = Set.copyOf(stems);
            return new Stems(set, set.toArray(String[]::new));
        }

        /** Whether the two share a stem; the smaller is walked (a name has a few words, a query a few dozen stems). */
        boolean meets(Stems other) {
            Stems walked = array.length <= other.array.length ? this : other;
            Set<String> probed = walked == this ? other.set : set;
            for (String stem : walked.array) {
                if (probed.contains(stem)) {
                    return true;
                }
            }
            return false;
        }
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
            add(highlights, "name", mark(matcher, record.name(), names));
            for (String alias : record.aliases()) {
                add(highlights, "aliases", mark(matcher, alias, names));
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
            return matcher.mayMatch(analysed) ? mark(matcher, text, analysed.words()) : null;
        }

        private Marked shared(String text) {
            if (text == null) {
                return null;
            }
            Marked marked = shared.get(text);
            if (marked == null) {
                marked = mark(matcher, text, Highlighter.this.shared);
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
        Analysed all = organizationStems(organization);
        if (!matcher.mayMatch(all)) {
            return null;
        }
        Marked best = null;
        String bestName = null;
        for (String name : names(organization)) {
            Marked marked = name == null ? null : mark(matcher, name, shared);
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

    private static List<String> names(OrganizationRef organization) {
        List<String> names = new ArrayList<>();
        names.add(organization.nameFr());
        names.add(organization.nameEn());
        names.add(organization.acronym());
        names.addAll(organization.aliases());
        names.add(organization.id());
        return names;
    }

    /**
     * The stems of all the organization's names together: a record may be used by fifty
     * bodies, and most searches name none of them, so each is ruled out with one look.
     * Keyed by the whole reference, so a renamed body is analysed again.
     */
    private Analysed organizationStems(OrganizationRef organization) {
        Analysed all = organizations.get(organization);
        if (all == null) {
            Set<String> french = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (String name : names(organization)) {
                if (name != null && !name.isBlank()) {
                    Analysed analysed = analysed(shared, CACHE_LIMIT, name);
                    french.addAll(analysed.french().set());
                    english.addAll(analysed.english().set());
                }
            }
            all = new Analysed(List.of(), Stems.of(french), Stems.of(english));
            if (organizations.size() >= CACHE_LIMIT) {
                organizations.clear();
            }
            organizations.put(organization, all);
        }
        return all;
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

    /** The text marked, or null when no searched word is in it; its analysis is kept in {@code cache}. */
    private Marked mark(Matcher matcher, String text, Map<String, Analysed> cache) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Analysed analysed = analysed(cache, CACHE_LIMIT, text);
        return matcher.mayMatch(analysed) ? mark(matcher, text, analysed.words()) : null;
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
            List<Word> words = analyse(text);
            Set<String> french = new HashSet<>();
            Set<String> english = new HashSet<>();
            for (Word word : words) {
                if (!word.stop()) {
                    french.add(word.french());
                    english.add(word.english());
                }
            }
            analysed = new Analysed(words, Stems.of(french), Stems.of(english));
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
        /** The stems a marked word may have: the searched ones and the first words of the searched phrases. */
        private final Stems startsFrench;
        private final Stems startsEnglish;

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
            Set<String> startsFr = new HashSet<>(french);
            Set<String> startsEn = new HashSet<>(english);
            for (StemmedPhrase phrase : phrases) {
                startsFr.add(phrase.french()[0]);
                startsEn.add(phrase.english()[0]);
            }
            this.startsFrench = Stems.of(startsFr);
            this.startsEnglish = Stems.of(startsEn);
        }

        /** Whether an analysed text holds a searched stem, or the first word of a searched phrase: exact, without marking. */
        boolean mayMatch(Analysed text) {
            return text.french().meets(startsFrench) || text.english().meets(startsEnglish);
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
