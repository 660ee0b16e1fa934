package ca.quebec.catalogue.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.organization.Organization;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.record.RecordKind;
import ca.quebec.catalogue.record.RecordRepository;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.usage.UsageRepository;

/**
 * Builds what the index holds from the database, the only source of truth: a
 * record with the labels of its categories and the names of the organizations
 * that use it (or own it), so that searching for a body finds what it uses.
 * Callers run it inside a transaction.
 */
@ApplicationScoped
public class SearchDocuments {

    private final RecordRepository records;
    private final UsageRepository usages;
    private final OrganizationRepository organizations;
    private final CategoryRepository categories;
    private final LicenceRegistry licences;

    public SearchDocuments(RecordRepository records, UsageRepository usages, OrganizationRepository organizations,
            CategoryRepository categories, LicenceRegistry licences) {
        this.records = records;
        this.usages = usages;
        this.organizations = organizations;
        this.categories = categories;
        this.licences = licences;
    }

    /**
     * The names of every organization and category, read once per rebuild and shared by
     * the documents built until the next one (a body's change triggers a rebuild;
     * categories do not change through the API).
     */
    public record Names(Map<String, SearchDocument.OrganizationRef> organizations, Map<String, SearchDocument.CategoryRef> categories) {

        /** The labels of organizations and categories, for facets and suggestions. */
        public SearchService.SearchLabels labels() {
            return SearchService.SearchLabels.of(List.copyOf(organizations.values()), List.copyOf(categories.values()));
        }
    }

    public Names names() {
        Map<String, SearchDocument.OrganizationRef> names = new TreeMap<>();
        for (Organization o : organizations.listAll()) {
            names.put(o.id, new SearchDocument.OrganizationRef(o.id, o.nameFr, o.nameEn, o.acronym, o.aliases));
        }
        Map<String, SearchDocument.CategoryRef> labels = new TreeMap<>();
        for (Category c : categories.listAll()) {
            labels.put(c.id, new SearchDocument.CategoryRef(c.id, c.nameFr, c.nameEn));
        }
        return new Names(Collections.unmodifiableMap(names), Collections.unmodifiableMap(labels));
    }

    /** A page of records after a key, in key order, whatever their status (the index applies visibility when it searches). */
    public Batch after(long pk, int limit, Names names) {
        List<CatalogueRecord> found = records.after(pk, limit);
        if (found.isEmpty()) {
            return new Batch(List.of(), pk);
        }
        return new Batch(build(found, usages.usersPerRecord(found.stream().map(r -> r.pk).toList()), names),
                found.get(found.size() - 1).pk);
    }

    /** Documents of a page of records, and the key the next page starts after. */
    public record Batch(List<SearchDocument> documents, long lastPk) {
    }

    /** The current documents of some records; a record that no longer exists is simply absent. */
    public List<SearchDocument> of(RecordKind kind, Collection<String> ids, Names names) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<CatalogueRecord> found = records.all(kind, ids);
        return build(found, usages.usersPerRecord(found.stream().map(r -> r.pk).toList()), names);
    }

    private List<SearchDocument> build(List<CatalogueRecord> records, Map<Long, List<String>> usedBy, Names names) {
        Map<String, SearchDocument.OrganizationRef> organizations = names.organizations();
        Map<String, SearchDocument.CategoryRef> categories = names.categories();
        List<SearchDocument> documents = new ArrayList<>(records.size());
        for (CatalogueRecord r : records) {
            Solution solution = r instanceof Solution s ? s : null;
            LicenceView licence = licences.describe(r.licence);
            documents.add(new SearchDocument(r.kind().wire, r.id, r.name, r.aliases, r.descriptionFr, r.descriptionEn, r.keywords,
                    r.categories.stream().map(categories::get).filter(Objects::nonNull).toList(), r.licence,
                    List.copyOf(r.licenceIds), licence == null ? null : licence.osiApproved(),
                    usedBy.getOrDefault(r.pk, List.of()).stream().map(organizations::get).filter(Objects::nonNull).toList(),
                    solution == null || solution.ownerId == null ? null : organizations.get(solution.ownerId),
                    solution == null ? null : solution.developmentStatus, r.platforms, r.usageCount, r.updatedAt.toInstant(), r.status,
                    r.submittedBy));
        }
        return documents;
    }
}
