package ca.quebec.catalogue.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.quebec.catalogue.search.SearchDocument.OrganizationRef;

/**
 * The seed catalogue plus a few made-up records the seed lacks: solutions (owner,
 * development status) and records that are not published (visibility).
 */
final class Fixtures {

    private Fixtures() {
    }

    static List<SearchDocument> catalogue() {
        List<SearchDocument> all = new ArrayList<>(SeedCatalogue.load().software());
        all.addAll(extra());
        return all;
    }

    static List<SearchDocument> extra() {
        SeedCatalogue seed = SeedCatalogue.load();
        OrganizationRef montreal = seed.organizations().get("ville-de-montreal");
        OrganizationRef saaq = seed.organizations().get("saaq");
        OrganizationRef mtmdet = seed.organizations().get("mtmdet");
        OrganizationRef sct = seed.organizations().get("sct");
        return List.of(
                solution("permis-en-ligne", "Permis en ligne", "Demande et suivi de permis municipaux en ligne.",
                        "Online application and tracking of municipal permits.", montreal, "stable", List.of(montreal, saaq),
                        "AGPL-3.0-or-later", true, "published", null),
                solution("registre-des-plaintes", "Registre des plaintes", "Réception et traitement des plaintes des citoyens.",
                        "Intake and handling of citizen complaints.", saaq, "beta", List.of(saaq), "MIT", true, "published", null),
                solution("carto-routes", "Carto Routes", "Cartographie du réseau routier et des chantiers.",
                        "Mapping of the road network and of road works.", mtmdet, "development", List.of(mtmdet),
                        "Apache-2.0", true, "submitted", "mtmdet"),
                solution("tableau-de-bord-budgetaire", "Tableau de bord budgétaire", "Suivi des dépenses des ministères.",
                        "Tracking of ministries' spending.", sct, "concept", List.of(), null, null, "submitted", "sct"),
                solution("ancien-portail", "Ancien portail", "Portail retiré du service.", "Retired portal.", sct, "obsolete",
                        List.of(sct), "MIT", true, "rejected", "sct"));
    }

    static SearchDocument solution(String id, String name, String fr, String en, OrganizationRef owner, String status,
            List<OrganizationRef> usedBy, String licence, Boolean osi, String recordStatus, String submittedBy) {
        return new SearchDocument(SearchDocument.SOLUTION, id, name, List.of(), fr, en, List.of(),
                List.of(SeedCatalogue.load().categories().get("gestion-de-contenu-et-commerce-en-ligne")), licence,
                licence == null ? List.of() : List.of(licence), osi, usedBy, owner, status, List.of("web"), usedBy.size(),
                Instant.parse("2025-06-01T12:00:00Z"), recordStatus, submittedBy);
    }

    /** A minimal software record, for write and escaping tests. */
    static SearchDocument software(String id, String name, String descriptionFr) {
        return new SearchDocument(SearchDocument.SOFTWARE, id, name, List.of(), descriptionFr, null, List.of(), List.of(), null,
                List.of(), null, List.of(), null, null, List.of(), 0, Instant.parse("2025-01-01T00:00:00Z"), "published", null);
    }
}
