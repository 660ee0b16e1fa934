package ca.quebec.catalogue.dcat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
}
