package ca.quebec.catalogue.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ca.quebec.catalogue.search.SearchDocument.CategoryRef;
import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;

/**
 * The organizations and categories that records refer to, by id, as last indexed.
 *
 * <p>A popular record is used by sixty bodies whose names, acronyms and other names make
 * several kilobytes; stored with every record, they made loading a page of hits mostly a
 * matter of decompressing them. The stored copy of a record keeps their ids only, and the
 * names live here once. They are never removed (a few hundred small entries), so a search
 * on an older snapshot still finds the names of what it matched.
 */
final class References {

    private final Map<String, OrganizationRef> organizations = new ConcurrentHashMap<>();
    private final Map<String, CategoryRef> categories = new ConcurrentHashMap<>();

    void register(SearchDocument document) {
        document.categories().forEach(c -> categories.put(c.id(), c));
        document.usedBy().forEach(o -> organizations.put(o.id(), o));
        if (document.owner() != null) {
            organizations.put(document.owner().id(), document.owner());
        }
    }

    OrganizationRef organization(String id) {
        OrganizationRef organization = organizations.get(id);
        return organization != null ? organization : new OrganizationRef(id, null, null, null, null);
    }

    CategoryRef category(String id) {
        CategoryRef category = categories.get(id);
        return category != null ? category : new CategoryRef(id, null, null);
    }
}
