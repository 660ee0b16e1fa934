package ca.quebec.catalogue.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.restassured.path.json.JsonPath;

import ca.quebec.catalogue.changes.Change;

/** Which change is which event, what its body says, and which subscription's filter it passes: without a database. */
class OutboxRulesTest {

    static Change change(String kind, String id, String subject, String action, String patch) {
        Change change = new Change();
        change.seq = 42;
        change.occurredAt = OffsetDateTime.parse("2025-03-04T05:06:07.123456Z");
        change.recordKind = kind;
        change.recordId = id;
        change.subject = subject;
        change.action = action;
        change.revision = 3;
        change.actorOrganization = "mern";
        change.actorRole = "contributor";
        change.actorLabel = "Système des ressources";
        change.patch = patch;
        return change;
    }

    @ParameterizedTest(name = "{0} {2} {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "software,     gimp, -,          created,          record.created",
            "solution,     x,    -,          submitted,        record.submitted",
            "software,     gimp, -,          updated,          record.updated",
            "solution,     x,    -,          approved,         record.approved",
            "solution,     x,    -,          rejected,         record.rejected",
            "software,     gimp, -,          archived,         record.archived",
            "software,     gimp, usages/sct, usage-declared,   usage.declared",
            "solution,     x,    usages/sct, usage-updated,    usage.updated",
            "software,     gimp, usages/sct, usage-withdrawn,  usage.withdrawn",
            "organization, sct,  -,          created,          organization.created",
            "organization, sct,  -,          updated,          organization.updated",
            "api-key,      k1,   -,          issued,           -",
            "api-key,      k1,   -,          revoked,          -",
            "webhook,      w1,   -,          created,          -",
            "webhook,      w1,   -,          disabled,         -",
            "software,     gimp, -,          something-new,    -" })
    void eachChangeOfTheLogIsOneEventOrNone(String kind, String id, String subject, String action, String event) {
        Optional<WebhookEvent> found = WebhookEvent.of(change(kind, id, subject, action, "{}"));
        assertEquals(Optional.ofNullable(event), found.map(WebhookEvent::wire));
    }

    @Test
    void theBodyIsTheChangeAsAnAnonymousCallerSeesIt() {
        String patch = "{\"name\":\"Atlas\",\"contacts\":[{\"name\":\"Personne Privée\",\"email\":\"p@prive.exemple.qc.ca\",\"role\":\"responsable\","
                + "\"public\":false},{\"name\":\"Boîte\",\"email\":\"boite@exemple.qc.ca\",\"public\":true}]}";
        JsonPath body = JsonPath.from(Outbox.payload(WebhookEvent.RECORD_CREATED, change("solution", "atlas", null, "created", patch)));
        assertEquals("record.created", body.getString("type"));
        assertEquals("2025-03-04T05:06:07.123456Z", body.getString("timestamp"));
        assertEquals(42L, body.getLong("data.seq"));
        assertEquals("atlas", body.getString("data.id"));
        assertEquals("solution", body.getString("data.kind"));
        assertEquals("Atlas", body.getString("data.patch.name"));
        assertEquals(null, body.getString("data.patch.contacts[0].email"), "a private contact is redacted");
        assertEquals("responsable", body.getString("data.patch.contacts[0].role"));
        assertEquals("boite@exemple.qc.ca", body.getString("data.patch.contacts[1].email"), "a public mailbox stays");
        assertFalse(body.prettify().contains("Personne Privée"));
    }

    @Test
    void aPatchTooLargeForAWebhookIsLeftOutAndSaidSo() {
        String large = "{\"publiccode\":\"" + "x".repeat(Outbox.PAYLOAD_MAX) + "\"}";
        String payload = Outbox.payload(WebhookEvent.RECORD_UPDATED, change("solution", "atlas", null, "updated", large));
        assertTrue(payload.length() < 2000, payload.length() + " characters");
        JsonPath body = JsonPath.from(payload);
        assertEquals(true, body.getBoolean("patchOmitted"));
        assertEquals(null, body.getString("data.patch"));
        assertEquals(42L, body.getLong("data.seq"));
    }

    static Subscription filtered(String organization, String kind, String software, String solution, String category) {
        Subscription s = new Subscription();
        s.filterOrganization = organization;
        s.filterKind = kind;
        s.filterSoftware = software;
        s.filterSolution = solution;
        s.filterCategory = category;
        return s;
    }

    @Test
    void aChangePassesTheFiltersItMatchesAll() {
        Outbox.Fact atlas = new Outbox.Fact("published", "mern", "mern", Set.of("bureautique"));
        Outbox.Fact gimp = new Outbox.Fact("published", null, null, Set.of("graphisme"));
        Change atlasUpdated = change("solution", "atlas", null, "updated", "{}");
        Change gimpUsedBySct = change("software", "gimp", "usages/sct", "usage-declared", "{}");
        Change sctRenamed = change("organization", "sct", null, "updated", "{}");

        assertTrue(Outbox.matches(filtered(null, null, null, null, null), sctRenamed, null), "no filter: everything");
        assertTrue(Outbox.matches(filtered("mern", null, null, null, null), atlasUpdated, atlas), "a solution the body owns");
        assertFalse(Outbox.matches(filtered("sct", null, null, null, null), atlasUpdated, atlas));
        assertTrue(Outbox.matches(filtered("sct", null, null, null, null), gimpUsedBySct, gimp), "the body's usage");
        assertTrue(Outbox.matches(filtered("sct", null, null, null, null), sctRenamed, null), "the body itself");
        assertFalse(Outbox.matches(filtered("mern", null, null, null, null), sctRenamed, null));
        assertTrue(Outbox.matches(filtered(null, "software", null, null, null), gimpUsedBySct, gimp));
        assertFalse(Outbox.matches(filtered(null, "software", null, null, null), atlasUpdated, atlas));
        assertFalse(Outbox.matches(filtered(null, "software", null, null, null), sctRenamed, null), "a body is no software");
        assertTrue(Outbox.matches(filtered(null, null, "gimp", null, null), gimpUsedBySct, gimp));
        assertFalse(Outbox.matches(filtered(null, null, null, "gimp", null), gimpUsedBySct, gimp), "a solution filter, not a software");
        assertTrue(Outbox.matches(filtered(null, null, null, null, "graphisme"), gimpUsedBySct, gimp));
        assertFalse(Outbox.matches(filtered(null, null, null, null, "graphisme"), atlasUpdated, atlas));
        assertFalse(Outbox.matches(filtered(null, null, null, null, "graphisme"), sctRenamed, null));
        assertTrue(Outbox.matches(filtered("sct", "software", "gimp", null, "graphisme"), gimpUsedBySct, gimp), "all at once");
        assertFalse(Outbox.matches(filtered("mern", "software", "gimp", null, "graphisme"), gimpUsedBySct, gimp));
    }
}
