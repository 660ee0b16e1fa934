package ca.quebec.catalogue.testing;

import static ca.quebec.catalogue.testing.Api.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of {@code /q/metrics} (checked against the contract like every answer),
 * as Prometheus would read it: each sample by its name and labels, whatever order the
 * labels were written in.
 */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    /** A sample: its name and labels. */
    public record Series(String name, Map<String, String> labels) {
    }

    private final String text;
    private final Map<Series, Double> samples = new LinkedHashMap<>();

    private Metrics(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new TreeMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.put(new Series(sample.group(1), labels), Double.parseDouble(sample.group(3)));
        }
    }

    public static Metrics read() {
        return new Metrics(api().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The whole text, as served. */
    public String text() {
        return text;
    }

    public Map<Series, Double> samples() {
        return samples;
    }

    /** The sample with this name and these labels ({@code "uri", "/api/v1/search", "status", "200"}: at least those), or 0 when absent. */
    public double value(String name, String... labels) {
        return samples.entrySet().stream().filter(e -> e.getKey().name().equals(name) && has(e.getKey().labels(), labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Whether a sample has this name (and labels). */
    public boolean has(String name, String... labels) {
        return samples.keySet().stream().anyMatch(s -> s.name().equals(name) && has(s.labels(), labels));
    }

    private static boolean has(Map<String, String> labels, String... wanted) {
        for (int i = 0; i + 1 < wanted.length; i += 2) {
            if (!wanted[i + 1].equals(labels.get(wanted[i]))) {
                return false;
            }
        }
        return true;
    }
}
