package ca.quebec.catalogue.export;

import static ca.quebec.catalogue.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.organization.OrganizationView;
import ca.quebec.catalogue.solution.Features;
import ca.quebec.catalogue.solution.Maintenance;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.testing.WritesProfile;
import ca.quebec.catalogue.visibility.Contact;

/**
 * code.json against code.gov's own schemas (copied under src/test/resources/export):
 * the inventory against the general schema, every release against the 2.0.1 strict
 * release schema, formats included; and what is unknown stays unknown.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class CodeJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry DRAFT_4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    @Inject
    CodeJson codeJson;

    @Inject
    ObjectMapper mapper;

    @Test
    void theInventoryAndEveryReleaseAreValid() throws IOException {
        JsonNode inventory = JSON.readTree(api().get("/api/v1/export/code.json").then().statusCode(200).extract().asString());
        assertEquals(List.of(), errors(schema("codegov-general-schema.json"), inventory), "the inventory");
        assertEquals("2.0.0", inventory.path("version").asText());
        assertEquals(api().get("/api/v1/solutions?limit=1").then().extract().jsonPath().getInt("meta.total"), inventory.path("releases").size(),
                "one release per published solution");
        Schema release = schema("codegov-2.0.1-release-strict.json");
        List<String> problems = new ArrayList<>();
        for (JsonNode item : inventory.path("releases")) {
            errors(release, item).forEach(e -> problems.add(item.path("name").asText() + " " + e));
        }
        assertEquals(List.of(), problems);
        JsonNode first = inventory.path("releases").get(0);
        assertEquals(0, first.path("laborHours").asInt());
        assertTrue(first.path("additionalInformation").path("additionalNotes").asText().contains("laborHours"));
        assertTrue(first.path("date").path("metadataLastUpdated").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
        assertTrue(first.path("date").path("created").isMissingNode(), "release dates are not known");
    }

    /** A solution of which little is known: a licence unknown, no public contact, no status, no platform that is a system. */
    @Test
    void whatIsUnknownStaysUnknownAndStillValid() throws IOException {
        OffsetDateTime now = OffsetDateTime.parse("2025-03-04T10:15:30-05:00");
        SolutionView sparse = new SolutionView("inconnue", "Inconnue", List.of(), new BilingualText("Une solution peu connue.", null), null,
                new Features(List.of("Exister"), null), null, null, null, null, "https://git.exemple.qc.ca/inconnue", null, List.of(), List.of(),
                List.of("web"), "mern", null, null, new Maintenance("none", List.of()), List.of(new Contact(null, null, null, "responsable", false)),
                List.of(), List.of("fr"), null, false, "published", null, 0, 3, now, now);
        OrganizationView owner = new OrganizationView("mern", new BilingualText("Ministère fictif", null), null, List.of(), "ministry", null,
                null, 0, 1, now, now);
        CodeJson.Release release = codeJson.release(sparse, owner);
        JsonNode node = JSON.readTree(mapper.writeValueAsString(release));
        assertEquals(List.of(), errors(schema("codegov-2.0.1-release-strict.json"), node));
        assertTrue(node.path("permissions").has("licenses") && node.path("permissions").path("licenses").isNull(), node.toString());
        assertTrue(node.path("permissions").path("usageType").isMissingNode(), "not said to be open source");
        assertEquals("", node.path("contact").path("email").asText());
        assertTrue(node.path("additionalInformation").path("additionalNotes").asText().contains("contact.email"));
        for (String absent : List.of("status", "version", "vcs", "languages", "homepageURL", "targetOperatingSystems", "downloadURL")) {
            assertTrue(node.path(absent).isMissingNode(), absent + " is unknown");
        }
        assertEquals("2025-03-04", node.path("date").path("metadataLastUpdated").asText());
        assertNull(release.additionalInformation().descriptionEn());
    }

    private static Schema schema(String name) throws IOException {
        try (InputStream in = CodeJsonTest.class.getResourceAsStream("/export/" + name)) {
            return DRAFT_4.getSchema(in);
        }
    }

    private static List<String> errors(Schema schema, JsonNode instance) {
        List<String> found = new ArrayList<>();
        for (Error error : schema.validate(instance, execution -> execution.executionConfig(config -> config.formatAssertionsEnabled(true)))) {
            found.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return found;
    }
}
