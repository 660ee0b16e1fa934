package ca.quebec.catalogue.statistics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Clocks;
import ca.quebec.catalogue.kernel.Tagged;
import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.licence.SpdxLicence;
import ca.quebec.catalogue.organization.OrganizationType;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.statistics.StatisticsView.Approval;
import ca.quebec.catalogue.statistics.StatisticsView.ByCategory;
import ca.quebec.catalogue.statistics.StatisticsView.ByLicence;
import ca.quebec.catalogue.statistics.StatisticsView.ByOrganizationType;
import ca.quebec.catalogue.statistics.StatisticsView.MostUsed;
import ca.quebec.catalogue.statistics.StatisticsView.PerMonth;
import ca.quebec.catalogue.statistics.StatisticsView.Reused;
import ca.quebec.catalogue.statistics.StatisticsView.Share;
import ca.quebec.catalogue.statistics.StatisticsView.Totals;

/**
 * The catalogue's figures, computed once per position of the change log: they
 * change only when the catalogue does, so every request in between is answered
 * from the last computation, whatever the traffic. The statistics room's door: the
 * API and the portal's pages read the same figures.
 */
@ApplicationScoped
public class StatisticsService {

    static final int MOST_USED = 20;
    /** Months are Québec's (America/Montreal is an alias of this zone). */
    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final String SOFTWARE = RecordKind.SOFTWARE.wire;
    private static final String SOLUTION = RecordKind.SOLUTION.wire;

    private record Computed(long seq, Tagged<StatisticsView> tagged) {
    }

    private final StatisticsRepository repository;
    private final ChangeService changes;
    private final LicenceRegistry licences;
    private final Clock clock;
    private final AtomicLong computations = new AtomicLong();
    private volatile Computed last;

    StatisticsService(StatisticsRepository repository, ChangeService changes, LicenceRegistry licences, Clock clock) {
        this.repository = repository;
        this.changes = changes;
        this.licences = licences;
        this.clock = clock;
    }

    /** The figures at the change log's current position, tagged with it. */
    public Tagged<StatisticsView> current() {
        long seq = changes.lastSeq();
        Computed known = last;
        if (known != null && known.seq() >= seq) {
            return known.tagged();
        }
        synchronized (this) {
            known = last;
            if (known == null || known.seq() < seq) {
                // The position is read before the figures: they hold every change up to it.
                known = new Computed(seq, new Tagged<>(compute(seq), Versions.tag(seq, "statistics")));
                last = known;
                computations.incrementAndGet();
            }
            return known.tagged();
        }
    }

    /** How many times this instance computed the figures (the tests count them). */
    long computations() {
        return computations.get();
    }

    @Transactional
    StatisticsView compute(long seq) {
        Map<String, Long> records = repository.recordsPerKind();
        Map<String, long[]> usagesPerKind = new HashMap<>();
        repository.usagesPerKind().forEach(row -> usagesPerKind.put((String) row[0], new long[] { (Long) row[1], (Long) row[2] }));
        List<Object[]> reuseRows = repository.reuses();
        List<Reused> reused = reused(reuseRows);
        long reuses = reused.stream().mapToLong(r -> r.reusedBy().size()).sum();
        List<Category> categories = repository.categories();
        Map<String, Long> organizations = repository.organizationsPerType();
        Totals totals = new Totals(records.getOrDefault(SOFTWARE, 0L), records.getOrDefault(SOLUTION, 0L),
                organizations.values().stream().mapToLong(Long::longValue).sum(), categories.size(),
                usagesPerKind.getOrDefault(SOFTWARE, new long[2])[0], usagesPerKind.getOrDefault(SOLUTION, new long[2])[0], reuses,
                repository.declaringOrganizations());
        return new StatisticsView(seq, Clocks.now(clock), totals, byCategory(categories), byLicence(), approval(records),
                byOrganizationType(organizations, reuseRows), mostUsed(), reused, perMonth());
    }

    private List<ByCategory> byCategory(List<Category> categories) {
        Map<String, long[]> counts = perKind(repository.perKindAndCategory());
        return categories.stream().map(c -> {
            long[] n = counts.getOrDefault(c.id, new long[2]);
            return new ByCategory(c.id, BilingualText.of(c.nameFr, c.nameEn), n[0], n[1]);
        }).toList();
    }

    private List<ByLicence> byLicence() {
        Map<String, long[]> counts = perKind(repository.perKindAndLicenceId());
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>> comparingLong(e -> -(e.getValue()[0] + e.getValue()[1])).thenComparing(Map.Entry::getKey))
                .map(e -> {
                    SpdxLicence spdx = licences.licence(e.getKey()).orElse(null);
                    return new ByLicence(e.getKey(), spdx == null ? null : spdx.name(), spdx == null ? null : spdx.osiApproved(),
                            spdx == null ? null : spdx.fsfLibre(), e.getValue()[0], e.getValue()[1]);
                }).toList();
    }

    /** Per key (the row's second column), counts of software and of solutions. */
    private static Map<String, long[]> perKind(List<Object[]> rows) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[1], k -> new long[2])[SOFTWARE.equals(row[0]) ? 0 : 1] += (Long) row[2];
        }
        return counts;
    }

    /** Approval is of the whole expression (GPL-2.0-only OR MIT is OSI-approved), as the API's licence view says. */
    private Approval approval(Map<String, Long> records) {
        long[][] counts = new long[2][3];
        for (Object[] row : repository.perKindAndExpression()) {
            long[] kind = counts[SOFTWARE.equals(row[0]) ? 0 : 1];
            long n = (Long) row[2];
            LicenceView licence = licences.describe((String) row[1]);
            if (licence == null) {
                kind[0] += n;
            } else {
                kind[1] += Boolean.TRUE.equals(licence.osiApproved()) ? n : 0;
                kind[2] += Boolean.TRUE.equals(licence.fsfLibre()) ? n : 0;
            }
        }
        return new Approval(share(records.getOrDefault(SOFTWARE, 0L), counts[0]), share(records.getOrDefault(SOLUTION, 0L), counts[1]));
    }

    private static Share share(long records, long[] counts) {
        return new Share(records, counts[0], counts[1], counts[2], ratio(counts[1], records), ratio(counts[2], records));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private List<ByOrganizationType> byOrganizationType(Map<String, Long> organizations, List<Object[]> reuseRows) {
        Map<String, long[]> usage = new HashMap<>();
        Map<String, Long> declaring = new HashMap<>();
        for (Object[] row : repository.usagesPerTypeAndKind()) {
            if (SOFTWARE.equals(row[1])) {
                usage.put((String) row[0], new long[] { (Long) row[2], (Long) row[3] });
            }
        }
        Map<String, Long> owned = new HashMap<>();
        repository.solutionsOwnedPerType().forEach(row -> owned.put((String) row[0], (Long) row[1]));
        Map<String, Long> reusesPerType = new HashMap<>();
        reuseRows.forEach(row -> reusesPerType.merge((String) row[4], 1L, Long::sum));
        repository.declaringPerType().forEach(row -> declaring.put((String) row[0], (Long) row[1]));
        List<ByOrganizationType> result = new ArrayList<>();
        for (OrganizationType type : OrganizationType.values()) {
            long[] software = usage.getOrDefault(type.wire(), new long[2]);
            result.add(new ByOrganizationType(type.wire(), organizations.getOrDefault(type.wire(), 0L), declaring.getOrDefault(type.wire(), 0L),
                    software[0], software[1], owned.getOrDefault(type.wire(), 0L), reusesPerType.getOrDefault(type.wire(), 0L)));
        }
        return result;
    }

    private List<MostUsed> mostUsed() {
        return repository.mostUsedSoftware(MOST_USED).stream()
                .map(row -> new MostUsed((String) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    private static List<Reused> reused(List<Object[]> rows) {
        Map<String, Reused> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String id = (String) row[0];
            Reused solution = byId.computeIfAbsent(id, k -> new Reused(id, (String) row[1], (String) row[2], new ArrayList<>()));
            solution.reusedBy().add((String) row[3]);
        }
        return byId.values().stream()
                .sorted(Comparator.<Reused> comparingInt(r -> -r.reusedBy().size()).thenComparing(Reused::id))
                .map(r -> new Reused(r.id(), r.name(), r.owner(), List.copyOf(r.reusedBy()))).toList();
    }

    private List<PerMonth> perMonth() {
        TreeMap<YearMonth, long[]> months = new TreeMap<>();
        String declared = "usage-declared";
        repository.declarations(declared, "usage-withdrawn", row -> {
            YearMonth month = YearMonth.from(((OffsetDateTime) row[0]).atZoneSameInstant(QUEBEC));
            months.computeIfAbsent(month, k -> new long[2])[declared.equals(row[1]) ? 0 : 1] += (Long) row[2];
        });
        return months.entrySet().stream().map(e -> new PerMonth(e.getKey().toString(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
