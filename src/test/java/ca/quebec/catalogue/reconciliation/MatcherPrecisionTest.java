package ca.quebec.catalogue.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The matcher against tables of raw inventory lines with the record each names,
 * or none (src/test/resources/reconciliation): lines.tsv is the table the
 * matcher was tuned on; unseen.tsv was written apart and held out at first, then
 * read when its misses were studied, so it is a development table now;
 * heldout.tsv, heldout2.tsv and heldout3.tsv were written later by people who read neither the
 * matcher nor the other tables, and their failures print only counts (set
 * -Dreconciliation.show-heldout=true to see their lines, and then write a new one;
 * the README says what of them has been seen).
 * Precision on automatic matches first: no line naming a product the catalogue
 * does not hold may be matched.
 */
@QuarkusTest
class MatcherPrecisionTest {

    private static final Logger LOG = Logger.getLogger(MatcherPrecisionTest.class);

    record Row(String line, String source, String expected, String version) {
    }

    /**
     * The recall each table must keep. The goal is 0.90 on lines never seen; heldout.tsv
     * measures 0.81 today (README), so its floor only guards against going back. heldout3.tsv
     * measured 0.907 blind, then was studied (#11) and measures 0.963: its floor is that less 0.02,
     * a guard against going back, not a measure of lines never seen.
     */
    private static final Map<String, Double> RECALL_FLOOR = Map.of("lines.tsv", 0.97, "unseen.tsv", 0.95, "heldout.tsv", 0.80,
            "heldout2.tsv", 0.90, "heldout3.tsv", 0.94, "heldout4.tsv", 0.92);
    /** Tables whose lines a failure never shows (counts only). */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv");

    @Inject
    LineMatcher matcher;

    static List<Row> rows(String table) throws IOException {
        try (InputStream in = MatcherPrecisionTest.class.getResourceAsStream("/reconciliation/" + table)) {
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], f[3]));
            }
            return rows;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "lines.tsv", "unseen.tsv", "heldout.tsv", "heldout2.tsv", "heldout3.tsv", "heldout4.tsv" })
    void automaticMatchesArePreciseAndFindMostLines(String table) throws IOException {
        List<Row> rows = rows(table);
        int automatic = 0;
        int right = 0;
        int named = 0;
        int versionsRight = 0;
        int versions = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> badVersions = new ArrayList<>();
        // Per source: lines naming a record, automatic matches, right ones (counts only, for the README).
        java.util.Map<String, int[]> bySource = new java.util.TreeMap<>();
        for (Row row : rows) {
            Reconciled r = matcher.match(row.line(), null, LineMatcher.MAX_CANDIDATES);
            boolean listed = !row.expected().equals("none");
            int[] counts = bySource.computeIfAbsent(row.source(), k -> new int[3]);
            counts[0] += listed ? 1 : 0;
            counts[1] += r.verdict() == Verdict.MATCH ? 1 : 0;
            counts[2] += r.verdict() == Verdict.MATCH && r.chosen().id().equals(row.expected()) ? 1 : 0;
            if (listed) {
                named++;
            }
            if (r.verdict() == Verdict.MATCH) {
                automatic++;
                if (r.chosen().id().equals(row.expected())) {
                    right++;
                } else {
                    wrong.add(row.line() + " -> " + r.chosen().id() + " (expected " + row.expected() + ")");
                }
            } else if (listed) {
                missed.add(row.line() + " -> " + r.verdict().wire() + " " + r.candidates().stream().map(Candidate::id).toList()
                        + " keys " + r.line().keys() + " (expected " + row.expected() + ")");
            }
            if (!row.version().isEmpty()) {
                versions++;
                if (row.version().equals(r.line().version())) {
                    versionsRight++;
                } else {
                    badVersions.add(row.line() + " -> " + r.line().version() + " (expected " + row.version() + ")");
                }
            }
        }
        double precision = automatic == 0 ? 1 : (double) right / automatic;
        double recall = named == 0 ? 1 : (double) right / named;
        LOG.infof("%s: %d lines, %d naming a record; %d matched automatically, %d rightly: precision %.3f, recall %.3f; versions %d/%d",
                table, rows.size(), named, automatic, right, precision, recall, versionsRight, versions);
        bySource.forEach((source, c) -> LOG.infof("%s, %s: %d naming a record, %d matched automatically, %d rightly", table, source, c[0], c[1],
                c[2]));
        boolean show = !HIDDEN.contains(table) || Boolean.getBoolean("reconciliation.show-heldout");
        String report = show
                ? "\nwrong:\n  " + String.join("\n  ", wrong) + "\nmissed:\n  " + String.join("\n  ", missed)
                        + "\nversions:\n  " + String.join("\n  ", badVersions)
                : "\n" + wrong.size() + " wrong, " + missed.size() + " missed, " + badVersions.size() + " versions misread (lines not shown)";
        assertTrue(precision >= 0.97, "precision " + precision + report);
        assertTrue(recall >= RECALL_FLOOR.get(table), "recall " + recall + report);
        List<String> unlisted = wrong.stream().filter(w -> w.endsWith("(expected none)")).toList();
        // Counts only for the held-out tables: the list itself would show their lines.
        assertEquals(List.of(), show ? unlisted : unlisted.stream().map(w -> "(line not shown)").toList(), "unlisted products matched" + report);
        assertTrue(versionsRight >= 0.9 * versions, "versions " + versionsRight + "/" + versions + report);
    }
}
