package ca.quebec.catalogue.dcat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The model alone, without the service: what a strong entity tag and a JSON-LD reader rely on. */
class DcatModelTest {

    private static byte[] written(DcatCatalogue catalogue, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        syntax.write(DcatModel.build(catalogue, "https://catalogue.example"), out);
        return out.toByteArray();
    }

    @Test
    void twoBuildsOfTheSameCatalogueWriteTheSameBytes() throws IOException {
        DcatCatalogue catalogue = DcatBench.synthetic(300, 7);
        for (RdfSyntax syntax : RdfSyntax.values()) {
            assertArrayEquals(written(catalogue, syntax), written(catalogue, syntax), syntax.mediaType);
        }
    }

    @Test
    void ourJsonLdIsTheGraphJenaWritesInTurtle() throws IOException {
        DcatCatalogue catalogue = DcatBench.synthetic(300, 11);
        Model turtle = RDFParser.fromString(new String(written(catalogue, RdfSyntax.TURTLE), java.nio.charset.StandardCharsets.UTF_8),
                Lang.TURTLE).toModel();
        Model jsonLd = RDFParser.fromString(new String(written(catalogue, RdfSyntax.JSON_LD), java.nio.charset.StandardCharsets.UTF_8),
                Lang.JSONLD).toModel();
        assertTrue(turtle.size() > 5_000);
        assertTrue(turtle.isIsomorphicWith(jsonLd));
    }

    /** As the service writes an export: the head, then a page of assets at a time. */
    private static byte[] writtenInParts(DcatCatalogue catalogue, RdfSyntax syntax, int page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DcatModel model = new DcatModel("https://catalogue.example");
        RdfSyntax.PartWriter writer = syntax.open(out, DcatModel.PREFIXES);
        writer.write(model.head(catalogue));
        for (int from = 0; from < catalogue.assets().size(); from += page) {
            writer.write(model.part(catalogue.assets().subList(from, Math.min(from + page, catalogue.assets().size())),
                    catalogue.agents()));
        }
        writer.finish();
        return out.toByteArray();
    }

    private static Model parsed(byte[] written, Lang lang) {
        return RDFParser.fromString(new String(written, java.nio.charset.StandardCharsets.UTF_8), lang).toModel();
    }

    @Test
    void writtenPageByPageEachSyntaxIsTheWholeModelsGraph() throws IOException {
        DcatCatalogue catalogue = DcatBench.synthetic(300, 13);
        Model whole = DcatModel.build(catalogue, "https://catalogue.example");
        Map<RdfSyntax, Lang> langs = Map.of(RdfSyntax.TURTLE, Lang.TURTLE, RdfSyntax.JSON_LD, Lang.JSONLD, RdfSyntax.RDF_XML, Lang.RDFXML);
        for (RdfSyntax syntax : RdfSyntax.values()) {
            Model read = parsed(writtenInParts(catalogue, syntax, 7), langs.get(syntax));
            assertTrue(whole.isIsomorphicWith(read), syntax + ": " + whole.size() + " triples in the model, " + read.size() + " read back");
            assertArrayEquals(writtenInParts(catalogue, syntax, 7), writtenInParts(catalogue, syntax, 7), syntax.mediaType);
        }
    }

    @Test
    void eachBodyAndStatusIsDescribedOnceWhateverThePageItFirstAppearsIn() throws IOException {
        DcatCatalogue catalogue = DcatBench.synthetic(300, 17);
        String turtle = new String(writtenInParts(catalogue, RdfSyntax.TURTLE, 5), java.nio.charset.StandardCharsets.UTF_8);
        String owner = catalogue.assets().stream().filter(a -> a.owner() != null)
                .collect(java.util.stream.Collectors.groupingBy(DcatCatalogue.Asset::owner, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String name = "\"" + catalogue.agents().get(owner).nameFr() + "\"@fr";
        long owned = catalogue.assets().stream().filter(a -> owner.equals(a.owner())).count();
        assertTrue(owned > 1, "the owner owns assets on several pages");
        assertEquals(1, turtle.split(java.util.regex.Pattern.quote(name), -1).length - 1, "the owner's name is written once");
    }

    @Test
    void rdfXmlCarriesAnyTextARecordMayHoldAndStaysReadable() throws IOException {
        DcatCatalogue synthetic = DcatBench.synthetic(3, 19);
        DcatCatalogue.Asset first = synthetic.assets().get(0);
        DcatCatalogue.Asset odd = new DcatCatalogue.Asset(first.kind(), first.id(), first.name(), "ligne\r\nsuivante & <balise>",
                "bad \uFFFF and \uD800 lone", first.licence(), first.licenceIds(), first.homepage(), first.repository(),
                first.documentation(), first.keywords(), first.categories(), first.owner(), first.developmentStatus(), first.contacts(),
                first.issued(), first.modified());
        DcatCatalogue catalogue = new DcatCatalogue(synthetic.seq(), synthetic.modified(), synthetic.publisher(), synthetic.themes(),
                java.util.List.of(odd), synthetic.agents());
        Model read = parsed(writtenInParts(catalogue, RdfSyntax.RDF_XML, 1), Lang.RDFXML);
        Model turtle = parsed(writtenInParts(catalogue, RdfSyntax.TURTLE, 1), Lang.TURTLE);
        assertTrue(read.listObjects().toList().stream().anyMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().equals("ligne\r\nsuivante & <balise>")),
                "the carriage return survives");
        assertTrue(read.listObjects().toList().stream().anyMatch(o -> o.isLiteral() && o.asLiteral().getLexicalForm().equals("bad \uFFFD and \uFFFD lone")),
                "what XML cannot hold becomes U+FFFD");
        assertEquals(turtle.size(), read.size());
    }
}
