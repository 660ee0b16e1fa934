package ca.quebec.catalogue.search;

import java.util.List;
import java.util.Map;

import ca.quebec.catalogue.kernel.BilingualText;

/**
 * One record found, with what the result page shows and why it matched.
 *
 * @param kind        software or solution
 * @param id          the record's slug
 * @param name        its name
 * @param description its short description, or null
 * @param licence     its SPDX expression, or null when unknown
 * @param osiApproved whether the licence is OSI-approved; null when unknown
 * @param usageCount  how many organizations declare using it
 * @param score       the relevance score when sorted by relevance (comparable within one search only), else null
 * @param highlights  for each field where the text matched, the matching values as HTML-escaped
 *                    text with each matching word in {@code <mark>…</mark>}. Field names:
 *                    {@code name}, {@code aliases}, {@code keywords}, {@code categories},
 *                    {@code organizations}, {@code owner}, {@code description.fr},
 *                    {@code description.en}, {@code licence}, {@code platforms}.
 */
public record SearchHit(String kind, String id, String name, BilingualText description, String licence, Boolean osiApproved,
        int usageCount, Float score, Map<String, List<String>> highlights) {
}
