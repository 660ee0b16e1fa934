package ca.quebec.catalogue.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.LicenceView;
import ca.quebec.catalogue.licence.SpdxLicence;
import ca.quebec.catalogue.organization.OrganizationView;
import ca.quebec.catalogue.solution.SolutionView;
import ca.quebec.catalogue.visibility.Contact;

/**
 * code.json: the published solutions as a code.gov inventory (metadata schema 2.0;
 * each release valid against the 2.0.1 strict schema), for the tools that read
 * agencies' code inventories. What the catalogue does not know stays unknown:
 * optional fields are left out, and the required ones take what the schema allows
 * for "unknown" (see {@link #release}).
 */
@ApplicationScoped
class CodeJson {

    /** code.gov's general schema knows versions 1.0.1 and 2.0.0; the 2.0.1 release schema is 2.0's, corrected. */
    static final String VERSION = "2.0.0";
    /** Who publishes the inventory; each release's organization is the body that owns it. */
    static final String AGENCY = "Gouvernement du Québec";
    static final String UNKNOWN_LABOR = "laborHours is 0 because the catalogue does not record the effort spent on a solution: read it as unknown.";
    static final String UNKNOWN_EMAIL = "contact.email is empty because no contact of this solution is public; ask its owner organization.";

    @Schema(name = "CodeGovInventory", description = "A code.gov metadata 2.0 inventory (code.json) of the published solutions")
    record Inventory(
            @Schema(required = true, enumeration = VERSION) String version,
            @Schema(required = true) MeasurementType measurementType,
            @Schema(required = true) String agency,
            @Schema(description = "One release per published solution, by id", required = true) List<Release> releases) {
    }

    @Schema(name = "CodeGovMeasurementType", description = "How the open-source share is measured: by project")
    record MeasurementType(@Schema(required = true, enumeration = "projects") String method) {
    }

    @Schema(name = "CodeGovRelease", description = "A solution as a code.gov 2.0.1 release; fields the catalogue does not know are absent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Release(
            @Schema(required = true) String name,
            @Schema(description = "The owner organization's name") String organization,
            @Schema(description = "The French description (the English one is in additionalInformation)", required = true) String description,
            @Schema(required = true) Permissions permissions,
            @Schema(description = "Keywords, then category ids", required = true) List<String> tags,
            @Schema(required = true) CodeContact contact,
            @Schema(enumeration = { "Ideation", "Development", "Beta", "Production", "Archival" }) String status,
            @Schema(required = true, format = "uri") String repositoryURL,
            @Schema(format = "uri") String homepageURL,
            @Schema(description = "Always 0: the catalogue does not record effort (see additionalInformation)", required = true) int laborHours,
            @Schema(description = "Unix, Linux, Windows, MacOs or Other, from the platforms (web is not one)") List<String> targetOperatingSystems,
            @Schema(required = true) Dates date,
            @Schema(required = true) AdditionalInformation additionalInformation) {
    }

    @Schema(name = "CodeGovPermissions")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Permissions(
            @Schema(description = "The SPDX licences the expression names; null when the licence is unknown", required = true, nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) List<CodeLicence> licenses,
            @Schema(description = "openSource when the licence is OSI-approved or FSF-free; absent otherwise", enumeration = "openSource") String usageType) {
    }

    @Schema(name = "CodeGovLicense")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CodeLicence(
            @Schema(description = "SPDX licence id", required = true) String name,
            @Schema(description = "The SPDX page of the licence", format = "uri") @JsonProperty("URL") String url) {
    }

    @Schema(name = "CodeGovContact", description = "The first public contact; email is empty when no contact is public")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CodeContact(
            @Schema(required = true) String email,
            String name,
            @Schema(description = "The owner organization's website", format = "uri") @JsonProperty("URL") String url,
            String phone) {
    }

    @Schema(name = "CodeGovDates")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Dates(@Schema(description = "When the catalogue's record last changed (release dates are not known)", required = true,
            type = SchemaType.STRING, format = "date") String metadataLastUpdated) {
    }

    @Schema(name = "CodeGovAdditionalInformation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AdditionalInformation(
            @Schema(description = "Which values stand for unknown", required = true) String additionalNotes,
            @Schema(description = "The solution's id in the catalogue (/api/v1/solutions/{id})", required = true) String catalogueId,
            @Schema(description = "The English description, when there is one") String descriptionEn) {
    }

    private final PublicCatalogue catalogue;
    private final LicenceRegistry licences;
    private final ObjectWriter json;

    CodeJson(PublicCatalogue catalogue, LicenceRegistry licences, ObjectMapper json) {
        this.catalogue = catalogue;
        this.licences = licences;
        this.json = json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    void write(OutputStream out) throws IOException {
        Map<String, OrganizationView> organizations = catalogue.organizationsById();
        try (JsonGenerator generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("version", VERSION);
            generator.writeFieldName("measurementType");
            json.writeValue(generator, new MeasurementType("projects"));
            generator.writeStringField("agency", AGENCY);
            generator.writeArrayFieldStart("releases");
            try {
                catalogue.solutions(solution -> {
                    try {
                        json.writeValue(generator, release(solution, organizations.get(solution.owner())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /**
     * A solution as a release. The schema requires laborHours (a number) and
     * contact.email (a string) even when nobody knows them: the catalogue does not
     * record effort, so laborHours is 0; a solution without a public contact gets an
     * empty email. additionalNotes says so, so that neither reads as a fact. The
     * licence list is null when the licence is unknown (what the schema allows),
     * and release dates, version, languages and the version-control system, which
     * the catalogue does not know, are left out.
     */
    Release release(SolutionView solution, OrganizationView owner) {
        List<String> notes = new ArrayList<>(List.of(UNKNOWN_LABOR));
        CodeContact contact = contact(solution, owner);
        if (contact.email().isEmpty()) {
            notes.add(UNKNOWN_EMAIL);
        }
        Set<String> tags = new LinkedHashSet<>(solution.keywords());
        tags.addAll(solution.categories());
        return new Release(solution.name(), owner == null ? solution.owner() : owner.name().fr(),
                solution.description() == null ? "" : solution.description().fr(), permissions(solution.licence()), List.copyOf(tags),
                contact, status(solution.developmentStatus()), solution.repository() == null ? "" : uri(solution.repository(), solution.repository()),
                uri(solution.homepage(), null), 0, operatingSystems(solution.platforms()),
                new Dates(solution.updatedAt().toLocalDate().toString()),
                new AdditionalInformation(String.join(" ", notes), solution.id(),
                        solution.description() == null ? null : solution.description().en()));
    }

    private Permissions permissions(LicenceView licence) {
        if (licence == null) {
            return new Permissions(null, null);
        }
        List<CodeLicence> named = new ArrayList<>();
        for (String id : licences.parseValid(licence.expression()).licenceIds()) {
            named.add(new CodeLicence(id, licences.licence(id).map(SpdxLicence::reference).map(r -> uri(r, null)).orElse(null)));
        }
        boolean open = Boolean.TRUE.equals(licence.osiApproved()) || Boolean.TRUE.equals(licence.fsfLibre());
        return new Permissions(named, open ? "openSource" : null);
    }

    /** The first contact anyone may see in full, if any; the owner's website to reach it otherwise. */
    private static CodeContact contact(SolutionView solution, OrganizationView owner) {
        String website = owner == null ? null : uri(owner.website(), null);
        List<Contact> disclosed = PublicCatalogue.POLICY.disclosed(solution.contacts());
        Contact first = disclosed.stream().filter(c -> c.email() != null).findFirst()
                .orElse(disclosed.isEmpty() ? null : disclosed.get(0));
        if (first == null) {
            return new CodeContact("", null, website, null);
        }
        return new CodeContact(first.email() == null ? "" : first.email(), first.name(), website, first.phone());
    }

    private static String status(String developmentStatus) {
        if (developmentStatus == null) {
            return null;
        }
        return switch (developmentStatus) {
            case "concept" -> "Ideation";
            case "development" -> "Development";
            case "beta" -> "Beta";
            case "stable" -> "Production";
            case "obsolete" -> "Archival";
            default -> null;
        };
    }

    /** The catalogue's platforms that are operating systems; "web" is not one, and is left out. */
    private static List<String> operatingSystems(List<String> platforms) {
        Set<String> systems = new LinkedHashSet<>();
        for (String platform : platforms) {
            switch (platform) {
                case "linux" -> systems.add("Linux");
                case "windows" -> systems.add("Windows");
                case "macos" -> systems.add("MacOs");
                case "unix", "bsd" -> systems.add("Unix");
                case "android", "ios" -> systems.add("Other");
                default -> {
                }
            }
        }
        return systems.isEmpty() ? null : List.copyOf(systems);
    }

    /** A URL as a URI (non-ASCII characters percent-encoded, as the schema's uri format wants), or the fallback if it is not one. */
    private static String uri(String url, String fallback) {
        if (url == null) {
            return fallback;
        }
        try {
            return new URI(url).toASCIIString();
        } catch (URISyntaxException e) {
            return fallback;
        }
    }
}
