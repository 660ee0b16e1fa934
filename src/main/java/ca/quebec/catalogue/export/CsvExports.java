package ca.quebec.catalogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.organization.OrganizationView;
import ca.quebec.catalogue.software.SoftwareView;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.visibility.Contact;

/**
 * The four CSV exports, for spreadsheets and open-data portals: RFC 4180 (comma,
 * double quotes, CRLF), UTF-8 with a byte order mark (so that Excel reads the accents),
 * a header row, one row per item. The columns are fixed by the tables below, in this
 * order: adding one at the end is the only change a consumer should ever see.
 * Lists are joined with {@value #SEPARATOR} (an item's own semicolons become commas);
 * an unknown value is an empty cell; dates are ISO 8601 with their offset.
 */
@ApplicationScoped
class CsvExports {

    static final String SEPARATOR = ";";
    static final char BOM = '\uFEFF';

    /** A column: its name in the header row, and its value for an item. */
    record Column<T>(String name, Function<T, Object> value) {
    }

    private static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    static final List<Column<SoftwareView>> SOFTWARE = List.of(
            column("id", SoftwareView::id),
            column("name", SoftwareView::name),
            column("aliases", s -> list(s.aliases())),
            column("descriptionFr", s -> fr(s.description())),
            column("descriptionEn", s -> en(s.description())),
            column("licence", s -> expression(s.licence())),
            column("osiApproved", s -> s.licence() == null ? null : s.licence().osiApproved()),
            column("fsfLibre", s -> s.licence() == null ? null : s.licence().fsfLibre()),
            column("freeSoftware", SoftwareView::freeSoftware),
            column("curatorNoteFr", s -> fr(s.curatorNote())),
            column("curatorNoteEn", s -> en(s.curatorNote())),
            column("homepage", SoftwareView::homepage),
            column("repository", SoftwareView::repository),
            column("categories", s -> list(s.categories())),
            column("keywords", s -> list(s.keywords())),
            column("platforms", s -> list(s.platforms())),
            column("usageCount", SoftwareView::usageCount),
            column("createdAt", SoftwareView::createdAt),
            column("updatedAt", SoftwareView::updatedAt));

    /** Solutions; {@code ownerName} comes from the organizations, given at writing time. */
    static List<Column<SolutionView>> solutions(Map<String, OrganizationView> organizations) {
        return List.of(
                column("id", SolutionView::id),
                column("name", SolutionView::name),
                column("aliases", s -> list(s.aliases())),
                column("descriptionFr", s -> fr(s.description())),
                column("descriptionEn", s -> en(s.description())),
                column("licence", s -> expression(s.licence())),
                column("osiApproved", s -> s.licence() == null ? null : s.licence().osiApproved()),
                column("fsfLibre", s -> s.licence() == null ? null : s.licence().fsfLibre()),
                column("owner", SolutionView::owner),
                column("ownerName", s -> nameOf(organizations, s.owner())),
                column("developmentStatus", SolutionView::developmentStatus),
                column("softwareType", SolutionView::softwareType),
                column("maintenance", s -> s.maintenance() == null ? null : s.maintenance().type()),
                column("homepage", SolutionView::homepage),
                column("repository", SolutionView::repository),
                column("documentation", SolutionView::documentation),
                column("categories", s -> list(s.categories())),
                column("keywords", s -> list(s.keywords())),
                column("platforms", s -> list(s.platforms())),
                column("availableLanguages", s -> list(s.availableLanguages())),
                column("dependsOn", s -> list(s.dependsOn())),
                column("publicContacts", s -> list(PublicCatalogue.POLICY.disclosed(s.contacts()).stream().map(CsvExports::contact).filter(Objects::nonNull).toList())),
                column("usageCount", SolutionView::usageCount),
                column("createdAt", SolutionView::createdAt),
                column("updatedAt", SolutionView::updatedAt));
    }

    static List<Column<PublicCatalogue.UsageRow>> usages(Map<String, OrganizationView> organizations) {
        return List.of(
                column("kind", u -> u.view().software() != null ? "software" : "solution"),
                column("record", u -> u.view().software() != null ? u.view().software() : u.view().solution()),
                column("recordName", PublicCatalogue.UsageRow::recordName),
                column("organization", u -> u.view().organization()),
                column("organizationName", u -> nameOf(organizations, u.view().organization())),
                column("installations", u -> u.view().installations()),
                column("versions", u -> list(u.view().versions())),
                column("status", u -> u.view().status()),
                column("since", u -> u.view().since()),
                column("useCaseFr", u -> fr(u.view().useCase())),
                column("useCaseEn", u -> en(u.view().useCase())),
                column("source", u -> u.view().source()),
                column("createdAt", u -> u.view().createdAt()),
                column("updatedAt", u -> u.view().updatedAt()));
    }

    static final List<Column<OrganizationView>> ORGANIZATIONS = List.of(
            column("id", OrganizationView::id),
            column("nameFr", o -> fr(o.name())),
            column("nameEn", o -> en(o.name())),
            column("acronym", OrganizationView::acronym),
            column("aliases", o -> list(o.aliases())),
            column("type", OrganizationView::type),
            column("parent", OrganizationView::parent),
            column("website", OrganizationView::website),
            column("usageCount", OrganizationView::usageCount),
            column("createdAt", OrganizationView::createdAt),
            column("updatedAt", OrganizationView::updatedAt));

    /** The header of each CSV export, for the documentation and the tests. */
    static List<String> header(ExportFormat format) {
        return switch (format) {
            case SOFTWARE_CSV -> names(SOFTWARE);
            case SOLUTIONS_CSV -> names(solutions(Map.of()));
            case USAGES_CSV -> names(usages(Map.of()));
            case ORGANIZATIONS_CSV -> names(ORGANIZATIONS);
            default -> throw new IllegalArgumentException(format + " is not a CSV export");
        };
    }

    private static List<String> names(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    private final PublicCatalogue catalogue;

    CsvExports(PublicCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    void write(ExportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case SOFTWARE_CSV -> write(out, SOFTWARE, catalogue::software);
            case SOLUTIONS_CSV -> write(out, solutions(catalogue.organizationsById()), catalogue::solutions);
            case USAGES_CSV -> write(out, usages(catalogue.organizationsById()), catalogue::usages);
            case ORGANIZATIONS_CSV -> write(out, ORGANIZATIONS, catalogue::organizations);
            default -> throw new IllegalArgumentException(format + " is not a CSV export");
        }
    }

    private static <T> void write(OutputStream out, List<Column<T>> columns, Consumer<Consumer<T>> items) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            items.accept(item -> {
                List<Object> row = new ArrayList<>(columns.size());
                for (Column<T> column : columns) {
                    row.add(cell(column.value().apply(item)));
                }
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Object cell(Object value) {
        if (value instanceof OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        return value;
    }

    private static String list(Collection<String> items) {
        return items == null || items.isEmpty() ? null
                : String.join(SEPARATOR, items.stream().map(i -> i.replace(SEPARATOR, ",")).toList());
    }

    private static String fr(BilingualText text) {
        return text == null ? null : text.fr();
    }

    private static String en(BilingualText text) {
        return text == null ? null : text.en();
    }

    private static String expression(LicenceView licence) {
        return licence == null ? null : licence.expression();
    }

    private static String nameOf(Map<String, OrganizationView> organizations, String id) {
        OrganizationView organization = organizations.get(id);
        return organization == null ? null : organization.name().fr();
    }

    /** A contact whose details anyone may see: "name <email>", or whichever of the two it has. */
    private static String contact(Contact contact) {
        if (contact.name() != null && contact.email() != null) {
            return contact.name() + " <" + contact.email() + ">";
        }
        return contact.name() != null ? contact.name() : contact.email();
    }
}
