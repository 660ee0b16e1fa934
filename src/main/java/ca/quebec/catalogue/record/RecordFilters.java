package ca.quebec.catalogue.record;

import jakarta.enterprise.context.ApplicationScoped;

import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.QueryParameters;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.licence.SpdxLicence;
import ca.quebec.catalogue.visibility.RecordStatus;

/**
 * Checks list filters sent as query parameters: an unknown category or licence
 * is a 400 that names the parameter, never an empty list that looks like an
 * answer. (Organizations are checked by the organization room.)
 */
@ApplicationScoped
public class RecordFilters {

    private final CategoryRepository categories;
    private final LicenceRegistry licences;

    public RecordFilters(CategoryRepository categories, LicenceRegistry licences) {
        this.categories = categories;
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

    /** The lifecycle state a list asks for, or null for the default. */
    public RecordStatus status(String value) {
        return QueryParameters.oneOf("status", value, RecordStatus.class);
    }
}
