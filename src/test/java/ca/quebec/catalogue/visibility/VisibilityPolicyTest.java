package ca.quebec.catalogue.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;

/**
 * The visibility policy on its own, as a table: anonymous, a contributor of the
 * body that submitted the record, a contributor of another body, a curator and an
 * admin, against the four lifecycle states, for records, contacts, search filters
 * and redacted representations.
 */
class VisibilityPolicyTest {

    static final String OWNER = "mern";
    static final String OTHER = "mtess";

    static final Caller ANONYMOUS = Caller.ANONYMOUS;
    static final Caller OWNER_CONTRIBUTOR = new Caller("k1", OWNER, Role.CONTRIBUTOR, "owner", SignIn.API_KEY);
    static final Caller OTHER_CONTRIBUTOR = new Caller("k2", OTHER, Role.CONTRIBUTOR, "other", SignIn.API_KEY);
    static final Caller CURATOR = new Caller("k3", "sct", Role.CURATOR, "curator", SignIn.API_KEY);
    static final Caller ADMIN = new Caller("k4", "sct", Role.ADMIN, "admin", SignIn.API_KEY);

    static final Map<String, Caller> CALLERS = Map.of("anonymous", ANONYMOUS, "owner's contributor", OWNER_CONTRIBUTOR,
            "another body's contributor", OTHER_CONTRIBUTOR, "curator", CURATOR, "admin", ADMIN);

    /** caller, state of a record the owner submitted, may the caller see it. */
    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("anonymous", RecordStatus.SUBMITTED, false),
                Arguments.of("anonymous", RecordStatus.PUBLISHED, true),
                Arguments.of("anonymous", RecordStatus.REJECTED, false),
                Arguments.of("anonymous", RecordStatus.ARCHIVED, true),
                Arguments.of("owner's contributor", RecordStatus.SUBMITTED, true),
                Arguments.of("owner's contributor", RecordStatus.PUBLISHED, true),
                Arguments.of("owner's contributor", RecordStatus.REJECTED, true),
                Arguments.of("owner's contributor", RecordStatus.ARCHIVED, true),
                Arguments.of("another body's contributor", RecordStatus.SUBMITTED, false),
                Arguments.of("another body's contributor", RecordStatus.PUBLISHED, true),
                Arguments.of("another body's contributor", RecordStatus.REJECTED, false),
                Arguments.of("another body's contributor", RecordStatus.ARCHIVED, true),
                Arguments.of("curator", RecordStatus.SUBMITTED, true),
                Arguments.of("curator", RecordStatus.PUBLISHED, true),
                Arguments.of("curator", RecordStatus.REJECTED, true),
                Arguments.of("curator", RecordStatus.ARCHIVED, true),
                Arguments.of("admin", RecordStatus.SUBMITTED, true),
                Arguments.of("admin", RecordStatus.PUBLISHED, true),
                Arguments.of("admin", RecordStatus.REJECTED, true),
                Arguments.of("admin", RecordStatus.ARCHIVED, true));
    }

    @ParameterizedTest(name = "{0} sees a {1} record: {2}")
    @MethodSource("records")
    void whoSeesWhichRecord(String who, RecordStatus status, boolean visible) {
        VisibilityPolicy policy = VisibilityPolicy.of(CALLERS.get(who));
        assertEquals(visible, policy.maySee(status, OWNER));
        assertEquals(visible, policy.maySee(status.wire(), OWNER), "the stored form gives the same answer");
    }

    @Test
    void aRecordNobodySubmittedIsSeenOnlyByCuratorsUntilPublished() {
        assertEquals(false, VisibilityPolicy.of(OWNER_CONTRIBUTOR).maySee(RecordStatus.SUBMITTED, null));
        assertEquals(true, VisibilityPolicy.of(CURATOR).maySee(RecordStatus.SUBMITTED, null));
        assertEquals(true, VisibilityPolicy.of(ANONYMOUS).maySee(RecordStatus.PUBLISHED, null));
    }

    /** caller, whether the contact is public, whether its name, email and phone are shown. */
    static Stream<Arguments> contacts() {
        List<Arguments> rows = new ArrayList<>();
        for (String who : List.of("anonymous", "owner's contributor", "another body's contributor", "curator", "admin")) {
            rows.add(Arguments.of(who, true, true));
            rows.add(Arguments.of(who, false, !who.equals("anonymous")));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}, public contact {1}: details shown {2}")
    @MethodSource("contacts")
    void whoSeesWhichContact(String who, boolean isPublic, boolean shown) {
        VisibilityPolicy policy = VisibilityPolicy.of(CALLERS.get(who));
        Contact contact = new Contact("Jeanne Tremblay", "jeanne.tremblay@example.org", "+1 418 555-0100", "référente", isPublic);
        Contact seen = policy.contact(contact);
        assertEquals("référente", seen.role(), "the role is always shown");
        if (shown) {
            assertEquals(contact, seen);
        } else {
            assertNull(seen.name());
            assertNull(seen.email());
            assertNull(seen.phone());
        }
        assertEquals(shown ? 1 : 0, policy.disclosed(List.of(contact)).size());
        assertEquals(List.of(seen), policy.contacts(List.of(contact)));

        JsonNode patch = JSON.valueToTree(Map.of("maintenance", Map.of("contacts", List.of(contact)), "contacts", List.of(contact)));
        JsonNode redacted = policy.redact(patch);
        for (JsonNode list : List.of(redacted.path("contacts"), redacted.path("maintenance").path("contacts"))) {
            assertEquals(shown, list.get(0).has("email"), "contacts nested anywhere in a representation: " + list);
            assertEquals("référente", list.get(0).path("role").asText());
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    /** caller, what its searches may find among records of each state submitted by the owner or by the other body. */
    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("anonymous", Set.of("published/mern", "published/mtess")),
                Arguments.of("owner's contributor", Set.of("published/mern", "published/mtess", "submitted/mern")),
                Arguments.of("another body's contributor", Set.of("published/mern", "published/mtess", "submitted/mtess")),
                Arguments.of("curator", ALL),
                Arguments.of("admin", ALL));
    }

    static final Set<String> ALL = new TreeSet<>();
    static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (RecordStatus status : RecordStatus.values()) {
                for (String body : List.of(OWNER, OTHER)) {
                    Document doc = new Document();
                    doc.add(new StringField("status", status.wire(), Field.Store.NO));
                    doc.add(new StringField("submittedBy", body, Field.Store.NO));
                    doc.add(new StoredField("key", status.wire() + "/" + body));
                    writer.addDocument(doc);
                    ALL.add(status.wire() + "/" + body);
                }
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("searches")
    void whatEachCallerMayFind(String who, Set<String> expected) throws IOException {
        Query filter = VisibilityPolicy.of(CALLERS.get(who)).searchable("status", "submittedBy").orElse(new MatchAllDocsQuery());
        Set<String> found = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(filter, 100).scoreDocs) {
            found.add(searcher.storedFields().document(hit.doc).get("key"));
        }
        assertEquals(new TreeSet<>(expected), found);
        for (String key : found) {
            String[] parts = key.split("/");
            RecordStatus status = RecordStatus.valueOf(parts[0].toUpperCase());
            assertTrue(VisibilityPolicy.of(CALLERS.get(who)).maySee(status, parts[1]), "search never finds what the caller may not see: " + key);
        }
    }

    @Test
    void askingForAStateThatIsNeverPublicNeedsAKey() {
        assertEquals(401, assertThrows(ProblemException.class,
                () -> VisibilityPolicy.ANONYMOUS.listed("r", RecordStatus.SUBMITTED)).status());
        assertEquals(401, assertThrows(ProblemException.class,
                () -> VisibilityPolicy.ANONYMOUS.listed("r", RecordStatus.REJECTED)).status());
        VisibilityPolicy.ANONYMOUS.listed("r", RecordStatus.ARCHIVED);
        VisibilityPolicy.of(OTHER_CONTRIBUTOR).listed("r", RecordStatus.SUBMITTED);
    }

    @Test
    void theCatalogueItselfKeepsWholeStates() {
        Contact contact = new Contact("Jeanne Tremblay", "jeanne.tremblay@example.org", null, null, false);
        assertEquals(contact, VisibilityPolicy.FULL.contact(contact));
        assertTrue(VisibilityPolicy.FULL.maySee(RecordStatus.REJECTED, OWNER));
    }

    /** Two callers share cached search answers exactly when search filters the same records for them. */
    @Test
    void callersShareASearchClassExactlyWhenSearchFiltersTheSame() {
        Caller sameBodyOtherKey = new Caller("k5", OWNER, Role.CONTRIBUTOR, "another key of the owner", SignIn.API_KEY);
        List<Caller> callers = List.of(ANONYMOUS, OWNER_CONTRIBUTOR, OTHER_CONTRIBUTOR, CURATOR, ADMIN, sameBodyOtherKey);
        for (Caller a : callers) {
            for (Caller b : callers) {
                VisibilityPolicy pa = VisibilityPolicy.of(a);
                VisibilityPolicy pb = VisibilityPolicy.of(b);
                boolean sameFilter = pa.searchable("status", "submittedBy").map(Query::toString).orElse("all")
                        .equals(pb.searchable("status", "submittedBy").map(Query::toString).orElse("all"));
                assertEquals(sameFilter, pa.searchClass().equals(pb.searchClass()), a.label() + " / " + b.label());
            }
        }
    }
}
