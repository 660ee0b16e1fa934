package ca.quebec.catalogue.record;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Vocabulary;

/** Where a software or a solution runs. */
@Schema(name = "Platform", description = "Where a software runs ('web': used through a browser)")
public enum Platform implements Vocabulary {
    WINDOWS("windows"),
    MACOS("macos"),
    LINUX("linux"),
    UNIX("unix"),
    BSD("bsd"),
    ANDROID("android"),
    IOS("ios"),
    WEB("web");

    private final String wire;

    Platform(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
