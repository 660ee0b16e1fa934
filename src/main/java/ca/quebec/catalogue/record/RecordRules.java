package ca.quebec.catalogue.record;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.licence.LicenceExpression;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.persistence.StoredJson;
import ca.quebec.catalogue.visibility.RecordStatus;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/**
 * The rules that software and solutions share: checking and applying the
 * descriptive core, the state of a new record, and refusing duplicates.
 */
@ApplicationScoped
public class RecordRules {

    public static final int ID_MAX = 80;

    private final LicenceRegistry licences;
    private final CategoryRepository categories;
    private final RecordRepository records;

    public RecordRules(LicenceRegistry licences, CategoryRepository categories, RecordRepository records) {
        this.licences = licences;
        this.categories = categories;
        this.records = records;
    }

    /** Checks the descriptive core; a curator note is for curators only. */
    public void check(DescriptiveInput in, Caller caller, Checks checks) {
        checks.slug("/id", in.id(), ID_MAX);
        checks.text("/name", in.name(), Checks.NAME_MAX, true);
        if (in.name() != null && !in.name().isBlank() && in.name().length() <= Checks.NAME_MAX) {
            String normalized = RecordNames.normalize(in.name());
            if (normalized.isEmpty()) {
                checks.add(Violation.of("/name", "name-without-letters"));
            } else if (normalized.length() > Checks.NAME_MAX) {
                // Some characters grow when accents are taken apart (ﷺ gives 18 letters): the stored form must fit.
                checks.add(Violation.of("/name", "too-long", Checks.NAME_MAX, normalized.length()));
            }
        }
        checks.strings("/aliases", in.aliases(), Checks.NAME_MAX);
        if (checks.required("/description", in.description())) {
            checks.text("/description/fr", in.description().fr(), Checks.TEXT_MAX, true);
            checks.text("/description/en", in.description().en(), Checks.TEXT_MAX, false);
        }
        if (in.licence() != null) {
            licences.violation("/licence", in.licence()).ifPresent(checks::add);
        }
        if (in.curatorNote() != null) {
            if (!caller.isCurator()) {
                checks.add(Violation.of("/curatorNote", "curator-only"));
            } else {
                checks.text("/curatorNote/fr", in.curatorNote().fr(), Checks.TEXT_MAX, true);
                checks.text("/curatorNote/en", in.curatorNote().en(), Checks.TEXT_MAX, false);
            }
        }
        checks.url("/homepage", in.homepage());
        checks.url("/repository", in.repository());
        String repository = RecordNames.normalizeRepository(in.repository());
        if (repository != null && repository.length() > Checks.URL_MAX) {
            checks.add(Violation.of("/repository", "too-long", Checks.URL_MAX, repository.length()));
        }
        checks.strings("/categories", in.categories(), 64);
        if (in.categories() != null && in.categories().size() <= Checks.LIST_MAX) {
            for (int i = 0; i < in.categories().size(); i++) {
                String category = in.categories().get(i);
                if (category != null && categories.findById(category) == null) {
                    checks.add(Violation.of("/categories/" + i, "unknown-category", category));
                }
            }
        }
        checks.strings("/keywords", in.keywords(), Checks.ITEM_MAX);
        checks.stringsOneOf("/platforms", in.platforms(), Platform.class);
    }

    /** The id a new record gets: the one asked for, or a slug of its name. */
    public static String idFor(DescriptiveInput in, Checks checks) {
        String id = in.id() != null ? in.id() : in.name() == null ? null : RecordNames.slug(in.name());
        if (in.id() == null && in.name() != null && id.isEmpty()) {
            checks.add(Violation.of("/id", "required"));
        }
        return id;
    }

    /** Copies a checked core onto a record. */
    public void apply(CatalogueRecord r, DescriptiveInput in) {
        r.name = in.name().strip();
        r.normalizedName = RecordNames.normalize(r.name);
        r.aliases = orEmpty(in.aliases());
        r.descriptionFr = in.description().fr();
        r.descriptionEn = in.description().en();
        if (in.licence() == null) {
            r.licence = null;
            r.licenceIds = new LinkedHashSet<>();
        } else {
            LicenceExpression expression = licences.parseValid(in.licence());
            r.licence = expression.canonical();
            r.licenceIds = new LinkedHashSet<>(expression.licenceIds());
        }
        r.freeSoftware = in.freeSoftware() != null ? in.freeSoftware() : r.licence != null ? freeByLicence(r.licence) : null;
        r.curatorNoteFr = in.curatorNote() == null ? null : in.curatorNote().fr();
        r.curatorNoteEn = in.curatorNote() == null ? null : in.curatorNote().en();
        r.homepage = in.homepage();
        r.repository = in.repository();
        r.normalizedRepository = RecordNames.normalizeRepository(in.repository());
        r.categories = new LinkedHashSet<>(orEmpty(in.categories()));
        r.keywords = orEmpty(in.keywords());
        r.platforms = orEmpty(in.platforms());
    }

    /**
     * A new record's state: published when a curator sends it, submitted for
     * moderation otherwise; revision 1.
     */
    public static void prepareNew(CatalogueRecord record, Caller caller, OffsetDateTime now) {
        record.status = caller.isCurator() ? RecordStatus.PUBLISHED.wire() : RecordStatus.SUBMITTED.wire();
        record.submittedBy = caller.organization();
        record.revision = 1;
        record.createdAt = now;
        record.updatedAt = now;
    }

    /** A licence the OSI or the FSF approves makes free software; otherwise nobody can say from the licence alone. */
    public Boolean freeByLicence(String expression) {
        var described = licences.describe(expression);
        return described != null && (Boolean.TRUE.equals(described.osiApproved()) || Boolean.TRUE.equals(described.fsfLibre()))
                ? Boolean.TRUE : null;
    }

    /** The editable fields of a record, shaped like a submission, for merge-patching. */
    public ObjectNode editable(CatalogueRecord r) {
        ObjectNode node = StoredJson.MAPPER.createObjectNode();
        node.put("name", r.name);
        node.set("aliases", StoredJson.MAPPER.valueToTree(r.aliases));
        node.set("description", StoredJson.MAPPER.valueToTree(BilingualText.of(r.descriptionFr, r.descriptionEn)));
        node.put("licence", r.licence);
        node.put("freeSoftware", r.freeSoftware);
        node.set("curatorNote", StoredJson.MAPPER.valueToTree(BilingualText.of(r.curatorNoteFr, r.curatorNoteEn)));
        node.put("homepage", r.homepage);
        node.put("repository", r.repository);
        node.set("categories", StoredJson.MAPPER.valueToTree(r.categories.stream().sorted().toList()));
        node.set("keywords", StoredJson.MAPPER.valueToTree(r.keywords));
        node.set("platforms", StoredJson.MAPPER.valueToTree(r.platforms));
        return node;
    }

    /**
     * The id a new record gets: the one asked for, or else the slug of its name. Ids are
     * one namespace for every caller: an id asked for that is taken is a 409 (naming the
     * record when the caller may see it); a slug taken by a record the caller may not see
     * gets a suffix instead, so that the answer reveals nothing of it.
     */
    public String unusedId(Class<? extends CatalogueRecord> type, RecordKind kind, String id, boolean asked, VisibilityPolicy policy) {
        String candidate = id;
        for (int suffix = 2;; suffix++) {
            List<RecordRepository.Summary> holders = records.others(type, "id", candidate, null);
            if (holders.isEmpty()) {
                return candidate;
            }
            RecordRepository.Summary holder = holders.get(0);
            if (policy.maySee(holder.status(), holder.submittedBy())) {
                throw ProblemException.conflict("duplicate-id", kind.path(holder.id()), holder.id());
            }
            if (asked) {
                throw new ProblemException(409, "id-taken", candidate);
            }
            candidate = id.length() > ID_MAX - 4 ? id.substring(0, ID_MAX - 4) + "-" + suffix : id + "-" + suffix;
        }
    }

    /**
     * 409 when another record of the kind that the caller may see has the same
     * normalized name or repository: a retry, or a second submission of the same
     * thing. Records it may not see do not count (their existence is theirs to keep):
     * a curator meets such twins when approving, where every public record counts.
     */
    public void refuseDuplicates(Class<? extends CatalogueRecord> type, RecordKind kind, String normalizedName, String normalizedRepository,
            Long exceptPk, VisibilityPolicy policy) {
        refuse(visible(records.others(type, "normalizedName", normalizedName, exceptPk), policy), kind, "duplicate-name");
        if (normalizedRepository != null) {
            refuse(visible(records.others(type, "normalizedRepository", normalizedRepository, exceptPk), policy), kind,
                    "duplicate-repository");
        }
    }

    private static Optional<String> visible(List<RecordRepository.Summary> found, VisibilityPolicy policy) {
        return found.stream().filter(r -> policy.maySee(r.status(), r.submittedBy())).map(RecordRepository.Summary::id).findFirst();
    }

    private static void refuse(Optional<String> existing, RecordKind kind, String problem) {
        if (existing.isPresent()) {
            throw ProblemException.conflict(problem, kind.path(existing.get()), existing.get());
        }
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
