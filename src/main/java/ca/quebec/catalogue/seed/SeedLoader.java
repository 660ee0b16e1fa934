package ca.quebec.catalogue.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.changes.Actor;
import ca.quebec.catalogue.changes.ChangeLog;
import ca.quebec.catalogue.changes.MergePatch;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordNames;
import ca.quebec.catalogue.seed.SeedFiles.CategorySeed;
import ca.quebec.catalogue.seed.SeedFiles.OrganizationSeed;
import ca.quebec.catalogue.seed.SeedFiles.SoftwareSeed;
import ca.quebec.catalogue.seed.SeedFiles.SolutionSeed;
import ca.quebec.catalogue.seed.SeedFiles.UsageSeed;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.software.SoftwareViews;
import ca.quebec.catalogue.solution.Features;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.solution.SolutionViews;
import ca.quebec.catalogue.usage.Usage;
import ca.quebec.catalogue.usage.UsageViews;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.RecordStatus;

/**
 * Loads the seed catalogue from {@code data/} into an empty database, once.
 *
 * <p>Several instances may start together on one PostgreSQL: the loader first
 * locks the change sequence row, so only one of them loads and the others find
 * the catalogue already there. Every seeded record and usage gets its
 * "created" row in the change log, so that history and harvesting start from
 * the seed rather than from nothing.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String BASE = "catalogue-data/";

    private final EntityManager em;
    private final LicenceRegistry licences;
    private final SoftwareViews softwareViews;
    private final SolutionViews solutionViews;
    private final ChangeLog changeLog;
    private final boolean enabled;
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public SeedLoader(EntityManager em, LicenceRegistry licences, SoftwareViews softwareViews, SolutionViews solutionViews, ChangeLog changeLog,
            SeedConfig config) {
        this.em = em;
        this.licences = licences;
        this.softwareViews = softwareViews;
        this.solutionViews = solutionViews;
        this.changeLog = changeLog;
        this.enabled = config.enabled();
    }

    /** Before the search index is built from the database (see SearchIndexer). */
    void onStart(@Observes @Priority(1000) StartupEvent start) {
        if (enabled) {
            load();
        }
    }

    /** Loads the seed if the catalogue is empty; returns whether it did. */
    @Transactional
    public boolean load() {
        // Serializes concurrent first starts; released at commit.
        em.createNativeQuery("select last_seq from change_sequence where id = 1 for update").getSingleResult();
        long organizations = em.createQuery("select count(o) from Organization o", Long.class).getSingleResult();
        if (organizations > 0) {
            return false;
        }
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        List<ChangeLog.Entry> changes = new ArrayList<>();

        for (CategorySeed seed : read("categories.json", new TypeReference<List<CategorySeed>>() {
        })) {
            Category category = new Category();
            category.id = seed.id();
            category.nameFr = seed.name().fr();
            category.nameEn = seed.name().en();
            em.persist(category);
        }

        for (OrganizationSeed seed : read("organizations.json", new TypeReference<List<OrganizationSeed>>() {
        })) {
            Organization organization = new Organization();
            organization.id = seed.id();
            organization.nameFr = seed.name().fr();
            organization.nameEn = seed.name().en();
            organization.acronym = seed.acronym();
            organization.aliases = seed.aliases() == null ? List.of() : seed.aliases();
            organization.type = seed.type();
            organization.website = seed.website();
            organization.parentId = seed.parent();
            organization.revision = 1;
            organization.createdAt = now;
            organization.updatedAt = now;
            em.persist(organization);
        }

        List<UsageSeed> usageSeeds = read("usages.json", new TypeReference<List<UsageSeed>>() {
        });
        Map<String, Integer> usageCounts = new HashMap<>();
        usageSeeds.forEach(u -> usageCounts.merge(u.software(), 1, Integer::sum));

        Map<String, Software> software = new HashMap<>();
        for (SoftwareSeed seed : read("software.json", new TypeReference<List<SoftwareSeed>>() {
        })) {
            Software record = toSoftware(seed, now);
            record.usageCount = usageCounts.getOrDefault(seed.id(), 0);
            em.persist(record);
            software.put(record.id, record);
            changes.add(new ChangeLog.Entry("software", record.id, null, "created", 1,
                    MergePatch.diff(null, softwareViews.state(record))));
        }

        for (UsageSeed seed : usageSeeds) {
            Software record = software.get(seed.software());
            if (record == null) {
                throw new IllegalStateException("Seed usage names unknown software " + seed.software());
            }
            Usage usage = new Usage();
            usage.record = record;
            usage.organizationId = seed.organization();
            usage.installations = seed.installations();
            usage.status = seed.status();
            usage.since = seed.since();
            usage.source = seed.source();
            usage.revision = 1;
            usage.createdAt = now;
            usage.updatedAt = now;
            em.persist(usage);
            changes.add(new ChangeLog.Entry("software", record.id, "usages/" + seed.organization(), "usage-declared", 1,
                    MergePatch.diff(null, UsageViews.state(usage))));
        }
        List<SolutionSeed> solutionSeeds = read("solutions.json", new TypeReference<List<SolutionSeed>>() {
        });
        for (SolutionSeed seed : solutionSeeds) {
            Solution solution = toSolution(seed, now);
            em.persist(solution);
            changes.add(new ChangeLog.Entry("solution", solution.id, null, "created", 1, MergePatch.diff(null, solutionViews.state(solution))));
        }
        changeLog.append(Actor.seed("data/"), now, changes);
        LOG.infof("Seed catalogue loaded: %d software, %d usages, %d solutions in %d ms", software.size(), usageSeeds.size(),
                solutionSeeds.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private Solution toSolution(SolutionSeed seed, OffsetDateTime now) {
        Solution s = new Solution();
        describe(s, seed.id(), seed.name(), seed.aliases(), seed.description(), seed.licence(), seed.curatorNote(), seed.homepage(),
                seed.repository(), seed.categories(), seed.keywords(), seed.platforms(), now);
        var licence = licences.describe(s.licence);
        s.freeSoftware = licence != null && (Boolean.TRUE.equals(licence.osiApproved()) || Boolean.TRUE.equals(licence.fsfLibre())) ? true : null;
        s.longDescriptionFr = seed.longDescription().fr();
        s.longDescriptionEn = seed.longDescription().en();
        s.features = new Features(seed.features().fr(), seed.features().en());
        s.documentation = seed.documentation();
        s.ownerId = seed.owner();
        s.developmentStatus = seed.developmentStatus();
        s.softwareType = seed.softwareType();
        s.maintenanceType = seed.maintenance().type();
        s.contacts = seed.contacts() == null ? List.of()
                : seed.contacts().stream().map(c -> new Contact(c.name(), c.email(), c.phone(), c.role(), c.isPublic())).toList();
        s.availableLanguages = seed.availableLanguages();
        s.localisationReady = seed.localisationReady();
        return s;
    }

    private Software toSoftware(SoftwareSeed seed, OffsetDateTime now) {
        Software s = new Software();
        describe(s, seed.id(), seed.name(), seed.aliases(), seed.description(), seed.licence(), seed.curatorNote(), seed.homepage(),
                seed.repository(), seed.categories(), seed.keywords(), seed.platforms(), now);
        s.freeSoftware = seed.freeSoftware();
        return s;
    }

    /** The descriptive core both kinds share, published as of the load. */
    private void describe(CatalogueRecord s, String id, String name, List<String> aliases, SeedFiles.Text description, String licence,
            SeedFiles.Text curatorNote, String homepage, String repository, List<String> categories, List<String> keywords,
            List<String> platforms, OffsetDateTime now) {
        s.id = id;
        s.name = name;
        s.normalizedName = RecordNames.normalize(name);
        s.aliases = aliases == null ? List.of() : aliases;
        s.descriptionFr = description == null ? null : description.fr();
        s.descriptionEn = description == null ? null : description.en();
        if (licence != null) {
            // A seed licence that is not a valid SPDX expression is a bug in data/: fail the start.
            var expression = licences.parseValid(licence);
            s.licence = expression.canonical();
            s.licenceIds = new LinkedHashSet<>(expression.licenceIds());
        }
        s.curatorNoteFr = curatorNote == null ? null : curatorNote.fr();
        s.curatorNoteEn = curatorNote == null ? null : curatorNote.en();
        s.homepage = homepage;
        s.repository = repository;
        s.normalizedRepository = RecordNames.normalizeRepository(repository);
        s.categories = new LinkedHashSet<>(categories == null ? List.of() : categories);
        s.keywords = keywords == null ? List.of() : keywords;
        s.platforms = platforms == null ? List.of() : platforms;
        s.status = RecordStatus.PUBLISHED.wire();
        s.revision = 1;
        s.createdAt = now;
        s.updatedAt = now;
    }

    private <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed file " + BASE + file);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + file, e);
        }
    }
}
