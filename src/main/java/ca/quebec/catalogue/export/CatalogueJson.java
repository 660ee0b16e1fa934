package ca.quebec.catalogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import ca.quebec.catalogue.kernel.Clocks;

/**
 * catalogue.json: the whole public catalogue in one document, every item in the
 * shape the API gives it one at a time. Written as it is read, item by item.
 */
@ApplicationScoped
class CatalogueJson {

    /** What the document holds, for the contract (it is written by {@link #write}, field by field, in this order). */
    @Schema(name = "CatalogueExport", description = "The whole public catalogue: what an anonymous caller may read, each item as its "
            + "single-resource view shows it")
    record Document(
            @Schema(description = "When this instance built the export", required = true) OffsetDateTime generatedAt,
            @Schema(description = "The change log's position the export holds every change up to: follow GET /api/v1/changes?since=<lastSeq> "
                    + "from there", required = true) long lastSeq,
            @Schema(description = "Published software, by id", required = true) List<SoftwareItem> software,
            @Schema(description = "Published solutions, by id; contacts as anonymous callers see them", required = true) List<SolutionItem> solutions,
            @Schema(description = "Every public body, by id", required = true) List<OrganizationItem> organizations,
            @Schema(description = "The category vocabulary, by id", required = true) List<CategoryItem> categories,
            @Schema(description = "Active usage declarations of the published records, by kind, record and organization; contacts as "
                    + "anonymous callers see them", required = true) List<UsageItem> usages) {
    }

    // The items, by reference to the schemas of the single-resource views: naming the view classes here would have the
    // contract generator describe them from this document first, which changes how it writes the views' shared vocabularies.
    @Schema(ref = "Software")
    private static final class SoftwareItem {
    }

    @Schema(ref = "Solution")
    private static final class SolutionItem {
    }

    @Schema(ref = "Organization")
    private static final class OrganizationItem {
    }

    @Schema(ref = "Category")
    private static final class CategoryItem {
    }

    @Schema(ref = "Usage")
    private static final class UsageItem {
    }

    private final PublicCatalogue catalogue;
    private final ObjectWriter json;
    private final Clock clock;

    CatalogueJson(PublicCatalogue catalogue, ObjectMapper json, Clock clock) {
        this.catalogue = catalogue;
        // One flush at the end, not one per item.
        this.json = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        this.clock = clock;
    }

    void write(PublicCatalogue.Position position, OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeFieldName("generatedAt");
            json.writeValue(generator, Clocks.now(clock));
            generator.writeNumberField("lastSeq", position.seq());
            array(generator, "software", catalogue::software);
            array(generator, "solutions", catalogue::solutions);
            array(generator, "organizations", catalogue::organizations);
            array(generator, "categories", catalogue::categories);
            array(generator, "usages", each -> catalogue.usages(row -> each.accept(row.view())));
            generator.writeEndObject();
        }
    }

    private <T> void array(JsonGenerator generator, String name, Consumer<Consumer<T>> items) throws IOException {
        generator.writeArrayFieldStart(name);
        try {
            items.accept(item -> {
                try {
                    json.writeValue(generator, item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        generator.writeEndArray();
    }
}
