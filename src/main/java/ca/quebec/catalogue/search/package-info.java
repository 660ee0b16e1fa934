/**
 * Catalogue search: an in-process Apache Lucene index of the catalogue's records
 * (DESIGN.md §2), derived data that can always be rebuilt from the database.
 *
 * <h2>Public API</h2>
 * <ul>
 * <li>{@link ca.quebec.catalogue.search.SearchIndex} — the index (an application-scoped
 * bean, or a plain object): {@code replaceAll}, {@code upsert}, {@code upsertAll},
 * {@code remove}, {@code search}, {@code suggest}, {@code size}.</li>
 * <li>{@link ca.quebec.catalogue.search.SearchDocument} — what the caller indexes: one
 * software or solution, with the labels and organization names that make it findable.</li>
 * <li>{@link ca.quebec.catalogue.search.SearchQuery} (with its builder, which reads query
 * parameters and refuses bad ones with a 400 naming the parameter) and
 * {@link ca.quebec.catalogue.search.SearchSort}.</li>
 * <li>{@link ca.quebec.catalogue.search.SearchResult},
 * {@link ca.quebec.catalogue.search.SearchHit},
 * {@link ca.quebec.catalogue.search.SearchFacets} and
 * {@link ca.quebec.catalogue.search.Suggestion} — what comes back.</li>
 * </ul>
 *
 * <h2>Typical use</h2>
 * <pre>{@code
 * index.replaceAll(documents);                  // at start-up
 * index.upsert(document);                       // after each committed change
 * SearchResult page = index.search(SearchQuery.builder()
 *         .q(q).kind(kind).category(category).licence(licence).osiApproved(osi)
 *         .organization(usedBy).owner(owner).developmentStatus(status).platform(platform)
 *         .visibility(VisibilityPolicy.of(caller))   // what the caller may find: the one policy decides
 *         .sort(sort).limit(limit).cursor(cursor).build());
 * }</pre>
 *
 * <p>Everything else in the package is an implementation detail: {@code Analysis} (the
 * French/English analysis chains), {@code Synonyms} ({@code data/synonyms.txt}),
 * {@code QueryPlan} (how typed text becomes a query and how it is scored),
 * {@code FacetCollector} and {@code FacetOrdinals} (drill-sideways counts),
 * {@code Highlighter}, {@code NameCompletion} (bodies and categories for suggestions, folded
 * once per set of labels), {@code SearchCursor} (the cursor scheme), {@code Documents},
 * {@code References} and {@code Fields} (the index's layout).
 *
 * <p>Errors: bad parameters become {@code ProblemException.badParameter} (400 naming the
 * parameter); codes proper to search start with {@code search.} and their messages are in
 * {@code messages-search.properties} / {@code messages-search_en.properties}. Benchmarks:
 * {@code bench/README.md}.
 */
package ca.quebec.catalogue.search;
