package ca.quebec.catalogue.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** Kinds of public bodies, after Québec's classification of the public administration. */
@Schema(name = "OrganizationType", description = "The kind of public body")
public enum OrganizationType implements Vocabulary {
    MINISTRY("ministry"),
    BUDGETARY_BODY("budgetary-body"),
    NON_BUDGETARY_BODY("non-budgetary-body"),
    GOVERNMENT_ENTERPRISE("government-enterprise"),
    HEALTH_NETWORK("health-network"),
    EDUCATION_NETWORK("education-network"),
    MUNICIPALITY("municipality"),
    OTHER_GOVERNMENT("other-government"),
    OTHER("other");

    private final String wire;

    OrganizationType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
