package ca.quebec.catalogue.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Kinds of public bodies, after Québec's classification of the public administration. */
public enum OrganizationType {
    MINISTRY("ministry"),
    BUDGETARY_BODY("budgetary-body"),
    NON_BUDGETARY_BODY("non-budgetary-body"),
    GOVERNMENT_ENTERPRISE("government-enterprise"),
    HEALTH_NETWORK("health-network"),
    EDUCATION_NETWORK("education-network"),
    MUNICIPALITY("municipality"),
    OTHER_GOVERNMENT("other-government"),
    OTHER("other");

    public static final List<String> WIRE_NAMES = Arrays.stream(values()).map(t -> t.wire).toList();

    public final String wire;

    OrganizationType(String wire) {
        this.wire = wire;
    }

    public static Optional<OrganizationType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
    }
}
