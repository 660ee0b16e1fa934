package ca.quebec.catalogue.web;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Named string enumerations of the contract. Fields that hold lists of these
 * point here ({@code @Schema(type = ARRAY, implementation = …)}), so that the
 * enumeration applies to each item rather than to the list.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    @Schema(name = "Platform", type = SchemaType.STRING, description = "Where a software runs ('web': used through a browser)",
            enumeration = { "windows", "macos", "linux", "unix", "bsd", "android", "ios", "web" })
    public static final class Platform {
        private Platform() {
        }
    }
}
