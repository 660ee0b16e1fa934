package ca.quebec.catalogue.feed;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asAdmin;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

import ca.quebec.catalogue.solution.SolutionTestData;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * The Atom feed, read back by a real Atom parser (Rome): entries newest first with
 * stable tag: ids, times and links; paging by rel=next; filters that narrow it and
 * refuse what names nothing; and nothing that anonymous callers may not see.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class AtomFeedTest {

    static final String PATH = "/api/v1/feeds/changes.atom";
    static final Pattern ENTRY_ID = Pattern.compile("^tag:[a-z0-9.-]+,2025:changes/(\\d+)$");

    static String raw(RequestSpecification request, String query) {
        return request.get(PATH + query).then().statusCode(200).contentType(startsWith("application/atom+xml")).extract().asString();
    }

    static Feed parse(String xml) {
        try {
            Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
            assertEquals("atom_1.0", feed.getFeedType());
            return feed;
        } catch (Exception e) {
            throw new AssertionError("not an Atom feed: " + e + "\n" + xml, e);
        }
    }

    static Feed read(String query) {
        return parse(raw(api(), query));
    }

    static long seq(Entry entry) {
        Matcher matcher = ENTRY_ID.matcher(entry.getId());
        assertTrue(matcher.matches(), entry.getId());
        return Long.parseLong(matcher.group(1));
    }

    static String link(List<Link> links, String rel) {
        return links.stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst().orElse(null);
    }

    /** The record an entry is about: the path of its alternate link. */
    static String record(Entry entry) {
        String href = link(entry.getAlternateLinks(), "alternate");
        assertNotNull(href, "an entry links to its record");
        return href.substring(href.indexOf("/api/v1/"));
    }

    static String software(String name, String category) {
        return asCurator().contentType("application/json").body(Map.of("name", name, "description",
                Map.of("fr", "Un logiciel témoin du fil Atom.", "en", "A witness software for the Atom feed."),
                "categories", List.of(category))).post("/api/v1/software").then().statusCode(201).extract().path("id");
    }

    @Test
    void entriesAreNewestFirstWithStableIdsTimesAndLinksAndPagesFollowNext() {
        String xml = raw(api(), "?limit=5");
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"),
                xml.substring(0, 120));
        Feed first = parse(xml);
        assertTrue(first.getId().startsWith("tag:") && first.getId().endsWith(":feeds/changes"), first.getId());
        assertNotNull(first.getUpdated());
        assertTrue(link(first.getOtherLinks(), "self").endsWith(PATH + "?limit=5"));
        String next = link(first.getOtherLinks(), "next");
        assertNotNull(next, "a catalogue of thousands of changes has a next page");
        assertEquals(5, first.getEntries().size());
        List<Long> seqs = new ArrayList<>();
        for (Entry entry : first.getEntries()) {
            seqs.add(seq(entry));
            assertNotNull(entry.getUpdated());
            assertTrue(record(entry).matches("/api/v1/(software|solutions)/[a-z0-9-]+"), record(entry));
            assertEquals("xhtml", entry.getContents().get(0).getType());
        }
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) < seqs.get(i - 1), "newest first: " + seqs);
        }
        assertEquals(first.getEntries().get(0).getUpdated(), first.getUpdated(), "the feed is as new as its newest entry");

        Feed second = parse(raw(api(), next.substring(next.indexOf(PATH) + PATH.length())));
        assertEquals(first.getId(), second.getId(), "every page belongs to the same feed");
        for (Entry entry : second.getEntries()) {
            assertTrue(seq(entry) < seqs.get(seqs.size() - 1), "the next page starts where this one ends");
        }
        // Stable: the same change has the same id when read again, and in a filtered feed.
        Entry newest = first.getEntries().get(0);
        assertEquals(newest.getId(), read("?limit=1").getEntries().get(0).getId());
        String kind = record(newest).startsWith("/api/v1/software/") ? "software" : "solution";
        assertEquals(newest.getId(), read("?limit=1&kind=" + kind).getEntries().get(0).getId());
        // And in the Link header, for clients that read headers.
        var answer = api().get(PATH + "?limit=5").then().extract();
        String header = answer.header("Link");
        assertTrue(header.contains("rel=\"self\"") && header.contains("rel=\"next\""), header);
        // A reader that polls with the tag it holds gets 304 until something changes.
        api().header("If-None-Match", answer.header("ETag")).get(PATH + "?limit=5").then().statusCode(304);
    }

    @Test
    void anEditIsAnEntryWithABilingualTitleAndItsFields() {
        String id = software("Fil Témoin Édité", "gestion-de-contenu-et-commerce-en-ligne");
        String etag = api().get("/api/v1/software/" + id).then().extract().header("ETag");
        asCurator().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("description", Map.of("fr", "Une description revue.", "en", "A reviewed description.")))
                .patch("/api/v1/software/" + id).then().statusCode(200);
        String xml = raw(api(), "?software=" + id);
        Feed feed = parse(xml);
        assertEquals(2, feed.getEntries().size(), "created, then updated");
        Entry updated = feed.getEntries().get(0);
        assertEquals("Fil Témoin Édité : fiche modifiée", updated.getTitle());
        String content = updated.getContents().get(0).getValue();
        assertTrue(content.contains("Fil Témoin Édité: record updated"), content);
        assertTrue(content.contains("Champs modifiés : description.") && content.contains("Fields changed: description."), content);
        assertTrue(xml.contains("<title xml:lang=\"fr\">Fil Témoin Édité : fiche modifiée</title>"), xml);
        assertTrue(xml.contains("xml:lang=\"en\""), xml);
        assertEquals("/api/v1/software/" + id, record(updated));
        assertEquals("Fil Témoin Édité : fiche créée", feed.getEntries().get(1).getTitle());
        assertTrue(feed.getId().endsWith(":feeds/changes?software=" + id), feed.getId());
    }

    @Test
    void filtersNarrowTheFeedAndCombine() {
        String id = software("Fil Témoin Catégorisé", "antivirus-et-antimaliciels");
        Set<String> inCategory = new HashSet<>();
        for (Entry entry : read("?category=antivirus-et-antimaliciels&limit=100").getEntries()) {
            inCategory.add(record(entry));
        }
        assertTrue(inCategory.contains("/api/v1/software/" + id));
        for (String record : inCategory) {
            List<String> categories = api().get(record).then().statusCode(200).extract().jsonPath().getList("categories");
            assertTrue(categories.contains("antivirus-et-antimaliciels"), record + " " + categories);
        }
        for (Entry entry : read("?kind=solution&limit=50").getEntries()) {
            assertTrue(record(entry).startsWith("/api/v1/solutions/"), record(entry));
        }
        assertEquals(0, read("?kind=solution&software=" + id).getEntries().size(), "filters combine");
        for (Entry entry : read("?organization=ville-de-montreal&limit=100").getEntries()) {
            String related = link(entry.getOtherLinks(), "related");
            boolean owned = record(entry).startsWith("/api/v1/solutions/")
                    && "ville-de-montreal".equals(api().get(record(entry)).then().extract().path("owner"));
            assertTrue(owned || (related != null && related.endsWith("/usages/ville-de-montreal")), record(entry) + " " + related);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kind=logiciel,            kind",
            "organization=nulle-part,  organization",
            "category=nulle-part,      category",
            "software=nulle-part,      software",
            "solution=nulle-part,      solution",
            "limit=0,                  limit",
            "limit=101,                limit",
            "cursor=pas-un-curseur,    cursor",
            "langue=fr,                langue" })
    void aValueThatNamesNothingIs400NamingTheParameter(String query, String parameter) {
        badRequest().get(PATH + "?" + query).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aKnownValueWithoutChangesIsAnEmptyFeed() {
        asAdmin().contentType("application/json").body(Map.of("id", "organisme-sans-fil", "name", Map.of("fr", "Organisme sans fil"),
                "type", "other")).post("/api/v1/organizations").then().statusCode(201);
        Feed feed = read("?organization=organisme-sans-fil");
        assertEquals(0, feed.getEntries().size());
        assertNotNull(feed.getUpdated());
        assertNull(link(feed.getOtherLinks(), "next"));
    }

    @Test
    void noSubmissionAndNoPrivateContactWhoeverAsks() {
        String submitted = asContributor("mtess").contentType("application/json").body(Map.of("name", "Fil Témoin Soumis",
                "description", Map.of("fr", "Une soumission qui attend un curateur."))).post("/api/v1/software").then().statusCode(201)
                .extract().path("id");
        badRequest().get(PATH + "?software=" + submitted).then().statusCode(400).body("errors[0].field", equalTo("software"));
        Map<String, Object> body = new HashMap<>(SolutionTestData.solution("Fil Témoin Solution", "https://git.exemple.qc.ca/fil-temoin"));
        body.put("contacts", List.of(Map.of("name", "Personne Cachée", "email", "cachee@prive.exemple.qc.ca"),
                Map.of("name", "Boîte publique", "email", "fil@exemple.qc.ca", "public", true)));
        String solution = asContributor("mern").contentType("application/json").body(body).post("/api/v1/solutions").then()
                .statusCode(201).extract().path("id");
        assertFalse(raw(api(), "?limit=100").contains(solution), "a submission is not in the feed");
        asCurator().contentType("application/json").body(Map.of()).post("/api/v1/solutions/" + solution + "/approve").then().statusCode(200);
        for (RequestSpecification caller : List.of(api(), asContributor("mern"), asCurator())) {
            String xml = raw(caller, "?limit=100");
            assertTrue(xml.contains("/api/v1/solutions/" + solution), "published: its changes are in the feed");
            assertFalse(xml.contains(submitted), "never another body's submission, whoever asks");
            assertFalse(xml.contains("prive.exemple") || xml.contains("Personne Cachée"), "never a private contact");
        }
    }
}
