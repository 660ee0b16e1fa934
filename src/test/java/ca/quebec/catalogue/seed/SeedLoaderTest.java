package ca.quebec.catalogue.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.software.Software;
import io.quarkus.test.junit.QuarkusTest;

/** The seed loaded at start: the 2017 inventory and Montréal's, complete, loaded once. */
@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader seed;

    @Inject
    EntityManager em;

    @Test
    void loadingAgainChangesNothing() {
        long usages = count("select count(u) from Usage u");
        long changes = count("select count(c) from Change c");
        assertFalse(seed.load(), "the catalogue is not empty: nothing to load");
        assertEquals(usages, count("select count(u) from Usage u"));
        assertEquals(changes, count("select count(c) from Change c"));
    }

    @Test
    void theInventoriesAreComplete() {
        assertEquals(2399, count("select count(u) from Usage u where u.source = 'inventaire-2017'"));
        assertEquals(73, count("select count(u) from Usage u where u.source = 'ville-de-montreal'"));
        assertEquals(401, count("select count(distinct u.record) from Usage u where u.source = 'inventaire-2017'"));
        assertEquals(73, count("select count(distinct u.organizationId) from Usage u where u.source = 'inventaire-2017'"));
        assertEquals(48, count("select count(c) from Category c"));
        assertEquals(94, count("select count(o) from Organization o"));
        assertEquals(67, count("select count(s) from Solution s where s.status = 'published'"));
        assertEquals(21, count("select count(distinct s.ownerId) from Solution s"));
    }

    @Test
    @Transactional
    void theMostUsedSoftwareCarryLicenceHomepageAndDescriptions() {
        List<Software> mostUsed = em.createQuery("select s from Software s where (select count(u) from Usage u where u.record = s "
                + "and u.source = 'inventaire-2017') >= 3", Software.class).getResultList();
        assertEquals(185, mostUsed.size());
        for (Software s : mostUsed) {
            assertTrue(s.descriptionFr != null && s.descriptionEn != null, s.id + " has both descriptions");
            assertTrue(s.licence != null || s.curatorNoteFr != null, s.id + " has a licence or a note saying why not");
            assertTrue(s.homepage != null || s.curatorNoteFr != null, s.id + " has a homepage or a note saying why not");
            assertFalse(s.keywords.isEmpty(), s.id + " has keywords");
        }
        long withHomepage = mostUsed.stream().filter(s -> s.homepage != null).count();
        assertTrue(withHomepage >= 178, "homepages for all but the products the inventory names ambiguously");
    }

    @Test
    void everySeededChangeIsInTheLogInOrder() {
        long records = count("select count(s) from CatalogueRecord s");
        long usages = count("select count(u) from Usage u");
        assertEquals(records + usages, count("select count(c) from Change c where c.actorRole = 'seed'"));
        assertEquals(1L, count("select min(c.seq) from Change c"));
        assertEquals(count("select count(c) from Change c"), count("select max(c.seq) from Change c"));
    }

    @Inject
    ca.quebec.catalogue.publiccode.PubliccodeValidator validator;

    /** Every seeded solution exports as a valid publiccode.yml, for anonymous and authenticated readers. */
    @Test
    void everySeededSolutionExportsAValidPubliccodeYml() {
        List<String> ids = em.createQuery("select s.id from Solution s order by s.id", String.class).getResultList();
        for (String id : ids) {
            String yaml = io.restassured.RestAssured.get("/api/v1/solutions/" + id + "/publiccode.yml").then().statusCode(200)
                    .extract().asString();
            var report = validator.validate(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(report.valid(), id + ": " + report.errors());
        }
        assertEquals(67, ids.size());
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
