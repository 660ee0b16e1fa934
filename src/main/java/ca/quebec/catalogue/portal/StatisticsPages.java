package ca.quebec.catalogue.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.portal.Contents.Bar;
import ca.quebec.catalogue.portal.Contents.Chart;
import ca.quebec.catalogue.portal.Contents.Figure;
import ca.quebec.catalogue.portal.Contents.StatisticsPage;
import ca.quebec.catalogue.statistics.StatisticsService;
import ca.quebec.catalogue.statistics.StatisticsView;

/**
 * The figures of {@code /api/v1/statistics} as a page: bar charts drawn on the
 * server as SVG (no script, no style attribute: the strict Content-Security-Policy
 * allows neither), each beside a table of the same numbers for those who do not
 * see the chart.
 */
@ApplicationScoped
public class StatisticsPages {

    static final int BARS = 15;
    /** The chart's geometry, in SVG units: a label column, then the bars. */
    static final int ROW = 28;
    static final int LABEL_WIDTH = 260;
    static final int BAR_MAX = 380;
    static final int LABEL_CHARS = 34;

    private final StatisticsService statistics;

    public StatisticsPages(StatisticsService statistics) {
        this.statistics = statistics;
    }

    public StatisticsPage page(Language lang) {
        StatisticsView view = statistics.current().body();
        StatisticsView.Totals t = view.totals();
        List<Figure> figures = List.of(
                new Figure(PortalContent.number(lang, t.software()), PortalContent.text(lang, "figure.software")),
                new Figure(PortalContent.number(lang, t.solutions()), PortalContent.text(lang, "figure.solutions")),
                new Figure(PortalContent.number(lang, t.organizations()), PortalContent.text(lang, "figure.organizations")),
                new Figure(PortalContent.number(lang, t.declaringOrganizations()), PortalContent.text(lang, "figure.declaring")),
                new Figure(PortalContent.number(lang, t.softwareUsages()), PortalContent.text(lang, "figure.software-usages")),
                new Figure(PortalContent.number(lang, t.solutionReuses()), PortalContent.text(lang, "figure.reuses")));
        List<Chart> charts = new ArrayList<>();
        List<StatisticsView.MostUsed> used = view.mostUsedSoftware().stream().limit(BARS).toList();
        charts.add(chart(lang, "most-used", used, StatisticsView.MostUsed::name, StatisticsView.MostUsed::usageCount,
                List.of(PortalContent.text(lang, "stats.software"), PortalContent.text(lang, "stats.bodies")),
                u -> List.of(u.name(), PortalContent.number(lang, u.usageCount()))));
        List<StatisticsView.ByLicence> licences = view.byLicence().stream().limit(BARS).toList();
        charts.add(chart(lang, "licences", licences, StatisticsView.ByLicence::licence, l -> l.software() + l.solutions(),
                List.of(PortalContent.text(lang, "stats.licence"), PortalContent.text(lang, "stats.software"),
                        PortalContent.text(lang, "stats.solutions"), PortalContent.text(lang, "stats.osi")),
                l -> List.of(l.licence(), PortalContent.number(lang, l.software()), PortalContent.number(lang, l.solutions()),
                        PortalContent.text(lang, l.osiApproved() == null ? "unknown" : l.osiApproved() ? "yes" : "no"))));
        List<StatisticsView.ByCategory> categories = view.byCategory().stream()
                .sorted((a, b) -> Long.compare(b.software() + b.solutions(), a.software() + a.solutions())).limit(BARS).toList();
        charts.add(chart(lang, "categories", categories, c -> lang.pick(c.name()), c -> c.software() + c.solutions(),
                List.of(PortalContent.text(lang, "stats.category"), PortalContent.text(lang, "stats.software"),
                        PortalContent.text(lang, "stats.solutions")),
                c -> List.of(lang.pick(c.name()), PortalContent.number(lang, c.software()), PortalContent.number(lang, c.solutions()))));
        return new StatisticsPage(figures, charts);
    }

    private static <T> Chart chart(Language lang, String id, List<T> items, java.util.function.Function<T, String> label,
            ToLongFunction<T> value, List<String> headers, java.util.function.Function<T, List<String>> row) {
        long max = Math.max(1, items.stream().mapToLong(value).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            long v = value.applyAsLong(item);
            int width = (int) Math.max(v > 0 ? 2 : 0, Math.round((double) v * BAR_MAX / max));
            String full = label.apply(item);
            String shortLabel = full.length() > LABEL_CHARS ? full.substring(0, LABEL_CHARS - 1) + "…" : full;
            bars.add(new Bar(full, shortLabel, v, i * ROW + 4, width, i * ROW + 20, LABEL_WIDTH + width + 6));
        }
        return new Chart(id, PortalContent.text(lang, "chart." + id + ".title"), PortalContent.text(lang, "chart." + id + ".description"),
                PortalContent.text(lang, "chart." + id + ".value"), bars, Math.max(ROW, items.size() * ROW + 8),
                items.stream().map(row).toList(), headers);
    }
}
