package ca.quebec.catalogue.dcat;

import static ca.quebec.catalogue.testing.Api.api;
import static ca.quebec.catalogue.testing.Api.asContributor;
import static ca.quebec.catalogue.testing.Api.asCurator;
import static ca.quebec.catalogue.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.WritesProfile;

/**
 * The DCAT-AP export: it parses in its three syntaxes, which say the same thing;
 * the catalogue and every asset carry what DCAT-AP 3 and ADMS-AP make mandatory
 * (checked with SHACL shapes); facts are mapped as documented and unknowns stay
 * unknown; formats are negotiated; a harvester's copy is revalidated with 304.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class DcatExportTest {

    static final String PATH = "/api/v1/export/dcat";
    static final String SPDX = "http://spdx.org/licenses/";

    static ExtractableResponse<Response> get(String accept) {
        var request = api();
        if (accept != null) {
            request.accept(accept);
        }
        return request.get(PATH).then().statusCode(200).extract();
    }

    static Model parse(String body, Lang lang) {
        return RDFParser.fromString(body, lang).base("http://base.invalid/").toModel();
    }

    static Model turtle() {
        ExtractableResponse<Response> answer = get(null);
        assertEquals("text/turtle", answer.contentType().split(";")[0].trim());
        return parse(answer.asString(), Lang.TURTLE);
    }

    static Resource asset(Model model, String path) {
        return model.getResource(base() + path);
    }

    /** The base of the IRIs: the request's, as no base URL is configured in tests. */
    static String base() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

    @Test
    void theThreeSyntaxesParseAndSayTheSame() {
        Model turtle = turtle();
        assertTrue(turtle.size() > 5_000, "a real catalogue: " + turtle.size() + " triples");
        for (var syntax : Map.of("application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML).entrySet()) {
            ExtractableResponse<Response> answer = get(syntax.getKey());
            assertEquals(syntax.getKey(), answer.contentType().split(";")[0].trim());
            Model other = parse(answer.asString(), syntax.getValue());
            assertTrue(turtle.isIsomorphicWith(other), syntax.getKey() + " says what Turtle says");
        }
    }

    @Test
    void theCatalogueAndEveryAssetHaveTheMandatoryProperties() {
        Model model = turtle();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("dcat/mandatory.shacl.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
        if (!report.conforms()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShLib.printReport(out, report);
            throw new AssertionError("The export breaks the shapes:\n" + out.toString().lines().limit(60).reduce("", (a, b) -> a + "\n" + b));
        }
        // The shapes bite: without its title, an asset breaks them.
        Model broken = ModelFactory.createDefaultModel().add(model);
        broken.removeAll(asset(broken, "/api/v1/software/firefox"), DCTerms.title, null);
        assertFalse(ShaclValidator.get().validate(shapes, broken.getGraph()).conforms());
        assertFalse(ask(model, "ASK { ?s a dcat:Dataset FILTER(CONTAINS(STR(?s), '/api/v1/solutions/')) "
                + "FILTER NOT EXISTS { ?s dct:publisher ?owner } }"), "every solution has its owner as publisher");
        assertTrue(ask(model, "ASK { ?c a dcat:Catalog ; dct:publisher ?p ; dct:title ?t ; dct:description ?d ; dcat:dataset ?a }"));
        // One asset per published record, and one catalogue.
        long software = api().get("/api/v1/software?limit=1").then().extract().jsonPath().getLong("meta.total");
        long solutions = api().get("/api/v1/solutions?limit=1").then().extract().jsonPath().getLong("meta.total");
        assertEquals(software + solutions, model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size());
        assertEquals(1, model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList().size());
    }

    private static boolean ask(Model model, String query) {
        String prefixes = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> ";
        try (QueryExecution execution = QueryExecution.model(model).query(prefixes + query).build()) {
            return execution.execAsk();
        }
    }

    @Test
    void factsAreMappedAndUnknownFactsStayUnknown() {
        Model model = turtle();
        Resource firefox = asset(model, "/api/v1/software/firefox");
        assertEquals(SPDX + "MPL-2.0", firefox.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals("https://www.mozilla.org/firefox/", firefox.getPropertyResourceValue(DCAT.landingPage).getURI());
        assertEquals(Set.of("fr", "en"), languages(firefox, DCTerms.description));
        assertNull(firefox.getPropertyResourceValue(DCTerms.publisher), "who publishes Firefox is not recorded");
        // A record without a licence has none; an expression is one licence document naming its parts.
        assertNull(asset(model, "/api/v1/software/7-zip").getPropertyResourceValue(DCTerms.license));
        Resource either = asset(model, "/api/v1/software/dnsmasq").getPropertyResourceValue(DCTerms.license);
        assertEquals(base() + "/api/v1/software/dnsmasq#licence", either.getURI());
        assertEquals("GPL-2.0-only OR GPL-3.0-only", either.getProperty(RDFS.label).getString());
        assertEquals(Set.of(SPDX + "GPL-2.0-only", SPDX + "GPL-3.0-only"),
                new HashSet<>(either.listProperties(RDFS.seeAlso).mapWith(s -> s.getResource().getURI()).toList()));
        // A solution: its owner publishes it; its development status is an ADMS status.
        Resource workit = asset(model, "/api/v1/solutions/workit");
        assertEquals(base() + "/api/v1/organizations/ville-de-montreal",
                workit.getPropertyResourceValue(DCTerms.publisher).getURI());
        String status = api().get("/api/v1/solutions/workit").then().extract().path("developmentStatus");
        assertEquals(Map.of("concept", "UnderDevelopment", "development", "UnderDevelopment", "beta", "UnderDevelopment",
                "stable", "Completed", "obsolete", "Deprecated").get(status),
                workit.getPropertyResourceValue(model.createProperty("http://www.w3.org/ns/adms#status")).getLocalName());
        List<String> categories = api().get("/api/v1/solutions/workit").then().extract().jsonPath().getList("categories");
        assertEquals(new HashSet<>(categories.stream().map(c -> base() + "/api/v1/categories/" + c).toList()),
                new HashSet<>(workit.listProperties(DCAT.theme).mapWith(t -> t.getResource().getURI()).toList()));
    }

    private static Set<String> languages(Resource resource, org.apache.jena.rdf.model.Property property) {
        Set<String> languages = new HashSet<>();
        for (Statement statement : resource.listProperties(property).toList()) {
            languages.add(statement.getLanguage());
        }
        return languages;
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource(delimiter = '|', value = {
            "*/*                                           | text/turtle",
            "text/*                                        | text/turtle",
            "application/rdf+xml;q=0.5, application/ld+json | application/ld+json",
            "*/*;q=0.1, application/rdf+xml                | application/rdf+xml",
            "text/turtle;q=0, application/*                | application/ld+json" })
    void theAcceptHeaderChoosesTheSyntax(String accept, String expected) {
        assertEquals(expected, get(accept).contentType().split(";")[0].trim());
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = { "application/json", "text/html", "application/xml", "text/turtle;q=0", ";;;", "text/turtle;q" })
    void anotherFormatIs406(String accept) {
        badRequest().accept(accept).get(PATH).then().statusCode(406)
                .contentType("application/problem+json").body("type", equalTo("/problems/not-acceptable"));
    }

    @Test
    void aHarvestersCopyIsRevalidatedUntilTheCatalogueChanges() {
        Keys.curator(); // issued before the tag is read: issuing a key is a change too
        ExtractableResponse<Response> turtle = get(null);
        String tag = turtle.header("ETag");
        String modified = turtle.header("Last-Modified");
        assertFalse(tag.startsWith("W/"), "a strong tag: " + tag);
        assertTrue(turtle.header("Vary").contains("Accept"));
        assertNotEquals(tag, get("application/ld+json").header("ETag"), "each syntax has its own tag");
        api().header("If-None-Match", tag).get(PATH).then().statusCode(304).header("ETag", tag);
        api().header("If-Modified-Since", modified).get(PATH).then().statusCode(304);
        // The same bytes for everyone: the export is what anonymous callers see.
        assertEquals(tag, asCurator().get(PATH).then().statusCode(200).extract().header("ETag"));

        asCurator().contentType("application/json").body(Map.of("name", "Moissonneur Témoin",
                "description", Map.of("fr", "Un logiciel témoin pour l’export DCAT."), "categories", List.of("gestion-de-contenu-et-commerce-en-ligne")))
                .post("/api/v1/software").then().statusCode(201);
        ExtractableResponse<Response> after = api().header("If-None-Match", tag).get(PATH).then().statusCode(200).extract();
        assertNotEquals(tag, after.header("ETag"));
        Model model = parse(after.asString(), Lang.TURTLE);
        Resource witness = asset(model, "/api/v1/software/moissonneur-temoin");
        assertTrue(witness.hasProperty(RDF.type, DCAT.Dataset));
        assertEquals(Set.of("fr"), languages(witness, DCTerms.description), "no English description is made up");
        assertNull(witness.getPropertyResourceValue(DCTerms.license), "no licence is made up");
    }

    @Test
    void aSubmissionIsNeverExported() {
        String id = asContributor("mtess").contentType("application/json").body(Map.of("name", "Soumission Non Moissonnée",
                "description", Map.of("fr", "Une soumission qui attend un curateur."))).post("/api/v1/software").then().statusCode(201)
                .extract().path("id");
        for (String accept : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
            assertFalse(get(accept).asString().contains(id), accept);
            assertFalse(asContributor("mtess").accept(accept).get(PATH).then().statusCode(200).extract().asString().contains(id),
                    "its own body's key does not widen the export");
        }
    }
}
