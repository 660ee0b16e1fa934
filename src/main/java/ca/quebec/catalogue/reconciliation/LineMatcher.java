package ca.quebec.catalogue.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.search.SearchIndex;
import ca.quebec.catalogue.search.SearchService;

/**
 * From a raw line to ranked candidates and a verdict. Precision first: a wrong
 * automatic match writes a false declaration, so only a line whose whole name is
 * one published record's name or alias is a {@link Verdict#MATCH}; what search
 * finds near it is only ever {@link Verdict#AMBIGUOUS}, for a person to choose.
 */
@ApplicationScoped
public class LineMatcher {

    /** Below this similarity, what search finds near a line does not make it ambiguous. */
    static final double NEAR = 0.5;
    /**
     * Names and aliases that name more than their record, each also a product installed
     * everywhere: "Java" is also Oracle's runtime, "Tor" also the daemon, "Docker" also the
     * proprietary Docker Desktop, "JAWS" also the screen reader of every accessible
     * workstation; Debian's "ddrescue" package is dd_rescue, not GNU ddrescue (packaged there
     * as gddrescue). A line that is only one of them is for a person to decide.
     */
    static final Set<String> SHARED_NAMES = Set.of("java", "jdk", "js", "md", "tor", "ring", "docker", "jaws", "ddrescue");
    /** The most candidates a line gets. */
    public static final int MAX_CANDIDATES = 10;

    private final NameIndex names;
    private final SearchService search;

    LineMatcher(NameIndex names, SearchService search) {
        this.names = names;
        this.search = search;
    }

    /** One line; {@code kind} restricts to software or solutions when not null. */
    public Reconciled match(String raw, RecordKind kind, int limit) {
        NameIndex.Snapshot snapshot = names.current();
        return match(snapshot, read(snapshot, raw), kind, limit, new ConcurrentHashMap<>());
    }

    /** A line read knowing the names of the records: "Robo 3T 1.4.4" keeps its 3T. */
    private static InventoryLine read(NameIndex.Snapshot names, String raw) {
        return InventoryLine.parse(raw, key -> !names.lookup(key).isEmpty());
    }

    /** Many lines: a name that repeats (one line per computer, say) is looked up once. */
    public List<Reconciled> matchAll(List<String> raws, RecordKind kind, int limit) {
        Map<String, Fallback> searched = new ConcurrentHashMap<>();
        NameIndex.Snapshot snapshot = names.current();
        List<Reconciled> out = new ArrayList<>(raws.size());
        for (String raw : raws) {
            out.add(match(snapshot, read(snapshot, raw), kind, limit, searched));
        }
        return out;
    }

    private Reconciled match(NameIndex.Snapshot names, InventoryLine line, RecordKind kind, int limit, Map<String, Fallback> searched) {
        Reconciled exact = exact(names, line, kind, limit);
        if (exact != null) {
            return exact;
        }
        Reconciled joined = parts(names, line, kind, limit);
        if (joined != null) {
            return joined;
        }
        Fallback fallback = searched.computeIfAbsent((kind == null ? "" : kind.wire) + "|" + String.join(",", line.keys()) + "|" + line.name(),
                k -> fallback(names, line, kind));
        return new Reconciled(line, fallback.verdict(), limited(fallback.candidates(), limit));
    }

    /**
     * A display name in parts ("Kettle - Spoon 9.4": Kettle and its designer Spoon, two names of one record). It names
     * a record automatically only when every part that names anything would match that same record on its own; parts
     * that name different records, or a part that names nothing ("Eddie - VPN Tunnel"), leave it to a person.
     */
    private Reconciled parts(NameIndex.Snapshot names, InventoryLine line, RecordKind kind, int limit) {
        List<InventoryLine> parts = InventoryLine.parts(line.raw()).stream().map(p -> read(names, p)).filter(p -> !p.keys().isEmpty())
                .toList();
        if (parts.size() < 2) {
            return null;
        }
        Map<String, Candidate> found = new LinkedHashMap<>();
        boolean agree = true;
        for (InventoryLine part : parts) {
            Reconciled r = exact(names, part, kind, limit);
            if (r == null || r.verdict() != Verdict.MATCH) {
                agree = false;
            }
            if (r != null) {
                r.candidates().forEach(c -> found.putIfAbsent(c.kind().wire + "/" + c.id(), new Candidate(c.kind(), c.id(), c.name(), 90)));
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        if (agree && found.size() == 1) {
            Candidate only = found.values().iterator().next();
            return new Reconciled(line, Verdict.MATCH, List.of(new Candidate(only.kind(), only.id(), only.name(), 100)));
        }
        return new Reconciled(line, Verdict.AMBIGUOUS, limited(new ArrayList<>(found.values()), limit));
    }

    /** The records the line's keys name exactly, from its first key that names any; null when none does. */
    private Reconciled exact(NameIndex.Snapshot names, InventoryLine line, RecordKind kind, int limit) {
        for (String key : line.keys()) {
            List<NameIndex.Named> named = names.lookup(key).stream().filter(n -> kind == null || n.kind() == kind).toList();
            if (named.isEmpty()) {
                continue;
            }
            // A record's own name outweighs another's alias ("Elasticsearch" is one record's name, another's alias).
            List<NameIndex.Named> byName = named.stream().filter(n -> !n.byAlias()).toList();
            List<NameIndex.Named> decisive = byName.size() == 1 ? byName : named;
            Map<String, Candidate> exact = new LinkedHashMap<>();
            for (NameIndex.Named n : decisive) {
                exact.putIfAbsent(n.kind().wire + "/" + n.id(), new Candidate(n.kind(), n.id(), n.name(), 100));
            }
            boolean shortened = !key.equals(line.keys().get(0));
            // An accessory (a help pack, apache2-utils) names its software only through a shortened key: for a person.
            boolean accessory = line.accessory() && shortened;
            // python3-openssl is pyOpenSSL, ruby-openssl Ruby's binding: a language's library package names, once
            // shortened, only a record of that language (python3-sklearn is scikit-learn); the C library is for a person.
            boolean otherLanguage = line.language() != null && shortened
                    && decisive.stream().anyMatch(n -> !n.languages().contains(line.language()));
            Verdict verdict = exact.size() == 1 && !SHARED_NAMES.contains(key)
                    && line.qualifiers().isEmpty() && !accessory && !otherLanguage
                    ? Verdict.MATCH : Verdict.AMBIGUOUS;
            for (NameIndex.Named n : named) {
                exact.putIfAbsent(n.kind().wire + "/" + n.id(), new Candidate(n.kind(), n.id(), n.name(), 90));
            }
            List<Candidate> candidates = new ArrayList<>(exact.values());
            if (verdict == Verdict.AMBIGUOUS) {
                candidates = candidates.stream().map(c -> new Candidate(c.kind(), c.id(), c.name(), 90)).toList();
            }
            return new Reconciled(line, verdict, limited(candidates, limit));
        }
        return null;
    }

    private record Fallback(Verdict verdict, List<Candidate> candidates) {
    }

    /** No exact name: a typo's neighbour, or what search finds near; never a match without a person. */
    private Fallback fallback(NameIndex.Snapshot names, InventoryLine line, RecordKind kind) {
        for (String key : line.keys()) {
            List<NameIndex.Named> typo = names.oneEditFrom(key).stream().filter(n -> kind == null || n.kind() == kind).toList();
            if (!typo.isEmpty()) {
                Map<String, Candidate> near = new LinkedHashMap<>();
                typo.forEach(n -> near.putIfAbsent(n.kind().wire + "/" + n.id(), new Candidate(n.kind(), n.id(), n.name(), 75)));
                return new Fallback(Verdict.AMBIGUOUS, new ArrayList<>(near.values()));
            }
        }
        List<Candidate> near = near(line, kind);
        // Near names are offered whatever their score; the line is ambiguous only when one is near enough.
        boolean close = !near.isEmpty() && near.get(0).score() >= Math.round(80 * NEAR);
        return new Fallback(close ? Verdict.AMBIGUOUS : Verdict.NONE, near);
    }

    /** What search finds near the name, scored by how much of the two names they share. */
    private List<Candidate> near(InventoryLine line, RecordKind kind) {
        if (InventoryLine.key(line.name()).isEmpty()) {
            return List.of();
        }
        List<Candidate> found = new ArrayList<>();
        for (SearchIndex.Nearest hit : search.nearest(line.name(), kind == null ? null : kind.wire, 5)) {
            double similarity = similarity(line.name(), hit.name());
            RecordKind hitKind = RecordKind.SOFTWARE.wire.equals(hit.kind()) ? RecordKind.SOFTWARE : RecordKind.SOLUTION;
            found.add(new Candidate(hitKind, hit.id(), hit.name(), (int) Math.max(1, Math.round(80 * similarity))));
        }
        found.sort((a, b) -> Integer.compare(b.score(), a.score()));
        return found;
    }

    /** Shared words over all words (Jaccard), on folded words. */
    static double similarity(String a, String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(left);
        both.retainAll(right);
        Set<String> either = new HashSet<>(left);
        either.addAll(right);
        return (double) both.size() / either.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Arrays.stream(text.split("[\\s\\-_./]+")).map(InventoryLine::key).filter(w -> !w.isEmpty()).forEach(words::add);
        return words;
    }

    private static List<Candidate> limited(List<Candidate> candidates, int limit) {
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : List.copyOf(candidates);
    }
}
