package ca.quebec.catalogue.publiccode;

/**
 * Bounds that keep hostile input cheap to refuse. A real publiccode.yml is a few
 * kilobytes, a few hundred nodes deep of at most six levels, and uses no aliases;
 * these limits leave a wide margin above that while keeping memory and time small.
 *
 * @param maxBytes   largest accepted file, in bytes (checked before anything is decoded)
 * @param maxDepth   deepest nesting of mappings and sequences
 * @param maxAliases most anchors, and most aliases, a file may use (alias bombs need many)
 * @param maxNodes   most nodes of the document once every alias is expanded
 */
public record PubliccodeLimits(int maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** 256 KiB, 32 levels, 32 anchors or aliases, 20,000 nodes. */
    public static final PubliccodeLimits DEFAULT = new PubliccodeLimits(256 * 1024, 32, 32, 20_000);

    public PubliccodeLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
            throw new IllegalArgumentException("Limits must be positive");
        }
    }
}
