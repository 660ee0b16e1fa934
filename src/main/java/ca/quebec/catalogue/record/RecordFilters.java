package ca.quebec.catalogue.record;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.SpdxLicence;
import ca.quebec.catalogue.organization.OrganizationRepository;
import ca.quebec.catalogue.security.Caller;
import ca.quebec.catalogue.web.ProblemException;
import ca.quebec.catalogue.web.QueryParameters;

/**
 * Checks list filters sent as query parameters: an unknown category, licence or
 * organization is a 400 that names the parameter, never an empty list that
 * looks like an answer.
 */
@ApplicationScoped
public class RecordFilters {

    private final CategoryRepository categories;
    private final OrganizationRepository organizations;
    private final LicenceRegistry licences;

    public RecordFilters(CategoryRepository categories, OrganizationRepository organizations, LicenceRegistry licences) {
        this.categories = categories;
        this.organizations = organizations;
        this.licences = licences;
    }

    public String category(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (categories.findById(value) == null) {
            throw ProblemException.badParameter("category", "unknown-category", value);
        }
        return value;
    }

    /** The SPDX id in the list's spelling. */
    public String licence(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return licences.licence(value).map(SpdxLicence::id)
                .orElseThrow(() -> ProblemException.badParameter("licence", "unknown-licence", value));
    }

    /** Which records a list shows the caller, given the status asked for. */
    public RecordVisibility visibility(String status, Caller caller) {
        String wanted = QueryParameters.oneOf("status", status, RecordStatus.WIRE_NAMES);
        if (wanted == null) {
            return RecordVisibility.published();
        }
        if (wanted.equals(RecordStatus.PUBLISHED.wire) || wanted.equals(RecordStatus.ARCHIVED.wire)) {
            return new RecordVisibility(true, null, wanted);
        }
        caller.requireAuthenticated();
        return caller.isCurator() ? new RecordVisibility(true, null, wanted) : new RecordVisibility(false, caller.organization(), wanted);
    }

    public String organization(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (organizations.findById(value) == null) {
            throw ProblemException.badParameter(parameter, "unknown-organization", value);
        }
        return value;
    }
}
