package ca.quebec.catalogue.solution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** What kind of software a solution is, in publiccode.yml's words. */
@Schema(name = "SoftwareType", description = "publiccode.yml software type")
public enum SoftwareType implements Vocabulary {
    STANDALONE_WEB("standalone/web"),
    STANDALONE_MOBILE("standalone/mobile"),
    STANDALONE_DESKTOP("standalone/desktop"),
    STANDALONE_BACKEND("standalone/backend"),
    STANDALONE_IOT("standalone/iot"),
    STANDALONE_OTHER("standalone/other"),
    ADDON("addon"),
    LIBRARY("library"),
    CONFIGURATION_FILES("configurationFiles");

    private final String wire;

    SoftwareType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
