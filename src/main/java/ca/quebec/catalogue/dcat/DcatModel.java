package ca.quebec.catalogue.dcat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;

import ca.quebec.catalogue.dcat.DcatCatalogue.Agent;
import ca.quebec.catalogue.dcat.DcatCatalogue.Asset;
import ca.quebec.catalogue.dcat.DcatCatalogue.Theme;
import ca.quebec.catalogue.visibility.Contact;

/**
 * The catalogue as DCAT-AP 3 with ADMS-AP's classes for software: one
 * dcat:Catalog; each published software and solution an Asset, which ADMS-AP
 * models as a dcat:Dataset (typed adms:Asset as well, for ADMS readers) listed by
 * dcat:dataset; the bodies that own solutions as foaf:Agents; the category
 * vocabulary as a SKOS concept scheme, the catalogue's dcat:themeTaxonomy.
 * IRIs are the records' API URLs under the service's base URL; what belongs to
 * one record (a licence expression, a contact point) is a fragment of its IRI
 * rather than a blank node, so that two instances, or two builds, write the same
 * bytes for the same change-log position, as a strong entity tag promises.
 *
 * <p>What the catalogue does not know is left out rather than guessed: a record
 * without a licence has no dct:license, software has no publisher (the catalogue
 * does not record who publishes Firefox) and no adms:status, and ADMS-AP's
 * dct:type (an EIRA concept) is not given, since no record says which it is.
 */
public final class DcatModel {

    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final Resource ASSET = ResourceFactory.createResource(ADMS + "Asset");
    static final Property STATUS = ResourceFactory.createProperty(ADMS, "status");
    static final String SPDX_LICENCES = "http://spdx.org/licenses/";
    static final String EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

    /** The path of the export under the base URL; the catalogue is the thing it describes. */
    public static final String PATH = "/api/v1/export/dcat";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** The vocabularies' prefixes, in the order the documents declare them. */
    static final Map<String, String> PREFIXES = prefixes();

    private final String base;
    private final String root;
    /** Agents and status concepts already described, in this part or an earlier one: each is described once. */
    private final Set<String> described = new HashSet<>();
    /** The part being built. */
    private Model model;

    DcatModel(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.root = this.base + PATH + "#catalogue";
    }

    /** The model of a whole catalogue, with IRIs under {@code base} (scheme, host and port, e.g. https://catalogue.example). */
    public static Model build(DcatCatalogue catalogue, String base) {
        DcatModel dcat = new DcatModel(base);
        Model whole = dcat.head(catalogue);
        whole.add(dcat.part(catalogue.assets(), catalogue.agents()));
        return whole;
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("dcat", DCAT.NS);
        prefixes.put("dct", DCTerms.NS);
        prefixes.put("adms", ADMS);
        prefixes.put("foaf", FOAF.NS);
        prefixes.put("skos", SKOS.uri);
        prefixes.put("vcard", VCARD4.NS);
        prefixes.put("rdfs", RDFS.uri);
        prefixes.put("xsd", XSD.NS);
        return java.util.Collections.unmodifiableMap(prefixes);
    }

    private Model fresh() {
        model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PREFIXES);
        return model;
    }

    /** The first part: the catalogue itself, its publisher and its themes (the catalogue's assets are not read). */
    Model head(DcatCatalogue catalogue) {
        fresh();
        Resource root = model.createResource(this.root, DCAT.Catalog);
        bilingual(root, DCTerms.title, "Catalogue des logiciels libres et des solutions partageables du Québec",
                "Québec catalogue of free software and shareable solutions");
        bilingual(root, DCTerms.description,
                "Les logiciels libres qu’utilisent les organismes publics du Québec (Mesure 20) et les solutions qu’un organisme "
                        + "possède et que d’autres peuvent réutiliser (Mesure 21).",
                "The free software that Québec public bodies use (Measure 20) and the solutions that a body owns and others "
                        + "can reuse (Measure 21).");
        root.addProperty(DCTerms.publisher, agent(catalogue.publisher()));
        link(root, FOAF.homepage, base + "/");
        root.addProperty(DCTerms.language, model.createResource(EU_LANGUAGE + "FRA", DCTerms.LinguisticSystem));
        root.addProperty(DCTerms.language, model.createResource(EU_LANGUAGE + "ENG", DCTerms.LinguisticSystem));
        if (catalogue.modified() != null) {
            root.addProperty(DCTerms.modified, dateTime(catalogue.modified()));
        }
        root.addProperty(DCAT.themeTaxonomy, themes(catalogue.themes()));
        return model;
    }

    /**
     * A later part: some assets, listed by the catalogue, with the bodies that own them
     * (by id) and the status concepts they use, unless an earlier part described them.
     */
    Model part(List<Asset> assets, Map<String, Agent> agents) {
        fresh();
        Resource root = model.createResource(this.root);
        for (Asset asset : assets) {
            root.addProperty(DCAT.dataset, asset(asset, agents));
        }
        return model;
    }

    private Resource themes(List<Theme> themes) {
        Resource scheme = model.createResource(base + "/api/v1/categories", SKOS.ConceptScheme);
        bilingual(scheme, DCTerms.title, "Catégories du catalogue des logiciels libres", "Categories of the free software catalogue");
        for (Theme theme : themes) {
            Resource concept = model.createResource(theme(theme.id()), SKOS.Concept);
            concept.addProperty(SKOS.prefLabel, theme.labelFr(), "fr");
            concept.addProperty(SKOS.prefLabel, theme.labelEn(), "en");
            concept.addProperty(SKOS.inScheme, scheme);
            concept.addProperty(SKOS.topConceptOf, scheme);
            scheme.addProperty(SKOS.hasTopConcept, concept);
        }
        return scheme;
    }

    private Resource asset(Asset asset, Map<String, Agent> agents) {
        Resource resource = model.createResource(base + asset.kind().path(asset.id()), DCAT.Dataset);
        resource.addProperty(RDF.type, ASSET);
        resource.addProperty(DCTerms.identifier, asset.id());
        // A name is the same in both languages; DCAT-AP readers look for the title in theirs.
        bilingual(resource, DCTerms.title, asset.name(), asset.name());
        bilingual(resource, DCTerms.description, asset.descriptionFr(), asset.descriptionEn());
        if (asset.owner() != null && agents.containsKey(asset.owner())) {
            resource.addProperty(DCTerms.publisher, agent(agents.get(asset.owner())));
        }
        licence(resource, asset.licence(), asset.licenceIds());
        if (!link(resource, DCAT.landingPage, asset.homepage())) {
            // No homepage: the repository is the page that gives access to the software.
            link(resource, DCAT.landingPage, asset.repository());
        }
        link(resource, FOAF.page, asset.documentation());
        String status = AdmsStatus.of(asset.developmentStatus());
        if (status != null) {
            resource.addProperty(STATUS, status(status));
        }
        for (String keyword : asset.keywords()) {
            // Keywords are written in either language, and the record does not say which.
            resource.addProperty(DCAT.keyword, keyword);
        }
        for (String category : asset.categories()) {
            resource.addProperty(DCAT.theme, model.createResource(theme(category)));
        }
        int n = 0;
        for (Contact contact : asset.contacts()) {
            contact(resource, contact, ++n);
        }
        if (asset.issued() != null) {
            resource.addProperty(DCTerms.issued, dateTime(asset.issued()));
        }
        if (asset.modified() != null) {
            resource.addProperty(DCTerms.modified, dateTime(asset.modified()));
        }
        return resource;
    }

    /**
     * One SPDX list identifier is its SPDX licence IRI. An expression (two licences
     * with OR or AND, an exception with WITH, a LicenseRef) has no IRI of its own:
     * it becomes one dct:LicenseDocument, labelled with the expression and pointing
     * with rdfs:seeAlso to the SPDX IRI of each listed licence it names, so that a
     * reader sees one licence statement (as DCAT-AP allows), not several licences
     * that would all seem to apply.
     */
    private void licence(Resource resource, String licence, Set<String> ids) {
        if (licence == null) {
            return;
        }
        if (ids.size() == 1 && ids.contains(licence)) {
            resource.addProperty(DCTerms.license, model.createResource(SPDX_LICENCES + licence, DCTerms.LicenseDocument));
            return;
        }
        Resource expression = model.createResource(resource.getURI() + "#licence", DCTerms.LicenseDocument);
        expression.addProperty(RDFS.label, licence);
        ids.stream().sorted().forEach(id -> expression.addProperty(RDFS.seeAlso, model.createResource(SPDX_LICENCES + id)));
        resource.addProperty(DCTerms.license, expression);
    }

    /** A contact anyone may see (the policy chose them): its name or address, and its email. */
    private void contact(Resource resource, Contact contact, int n) {
        if (contact.email() == null && contact.name() == null) {
            return;
        }
        Resource kind = model.createResource(resource.getURI() + "#contact-" + n, VCARD4.Kind);
        kind.addProperty(VCARD4.fn, contact.name() != null ? contact.name() : contact.email());
        if (contact.email() != null) {
            link(kind, VCARD4.hasEmail, "mailto:" + contact.email());
        }
        resource.addProperty(DCAT.contactPoint, kind);
    }

    private Resource status(String iri) {
        Resource concept = model.getResource(iri);
        if (described.add(iri)) {
            concept.addProperty(RDF.type, SKOS.Concept);
            concept.addProperty(SKOS.inScheme, model.createResource(AdmsStatus.VOCABULARY));
            String[] labels = AdmsStatus.LABELS.get(iri);
            bilingual(concept, SKOS.prefLabel, labels[0], labels[1]);
        }
        return concept;
    }

    private Resource agent(Agent agent) {
        Resource resource = model.getResource(base + "/api/v1/organizations/" + agent.id());
        if (described.add(resource.getURI())) {
            resource.addProperty(RDF.type, FOAF.Agent);
            resource.addProperty(RDF.type, FOAF.Organization);
            resource.addProperty(DCTerms.identifier, agent.id());
            bilingual(resource, FOAF.name, agent.nameFr(), agent.nameEn());
            link(resource, FOAF.homepage, agent.website());
        }
        return resource;
    }

    private String theme(String category) {
        return base + "/api/v1/categories/" + category;
    }

    /** French and, when known, English; the English text is never made up from the French. */
    private static void bilingual(Resource resource, Property property, String fr, String en) {
        if (fr != null && !fr.isBlank()) {
            resource.addProperty(property, fr, "fr");
        }
        if (en != null && !en.isBlank()) {
            resource.addProperty(property, en, "en");
        }
    }

    /** A link, when the address is a valid absolute IRI (stored URLs are checked, but an RDF writer must never fail on one). */
    private boolean link(Resource resource, Property property, String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            if (!IRIx.create(address).isAbsolute()) {
                return false;
            }
        } catch (IRIException invalid) {
            return false;
        }
        resource.addProperty(property, model.createResource(address));
        return true;
    }

    private Literal dateTime(OffsetDateTime time) {
        return model.createTypedLiteral(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DATE_TIME),
                XSDDatatype.XSDdateTime);
    }
}
