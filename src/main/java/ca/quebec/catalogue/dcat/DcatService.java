package ca.quebec.catalogue.dcat;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.jena.rdf.model.Model;

/**
 * The DCAT-AP export, made once per change-log position and syntax and kept until
 * the log moves: a harvester polling every few minutes costs one read of the
 * position, and nothing at all when it sends back the tag (304).
 */
@ApplicationScoped
public class DcatService {

    /** Exports kept at once: the three syntaxes, for a base URL or two. */
    private static final int KEPT = 6;

    private final DcatSource source;
    private final DcatConfig config;
    private final Map<Key, CompletableFuture<Export>> cache = new ConcurrentHashMap<>();

    DcatService(DcatSource source, DcatConfig config) {
        this.source = source;
        this.config = config;
    }

    /**
     * The export as it is now.
     *
     * @param requestBase the request's base URL, used for IRIs unless {@code catalogue.dcat.base-url} is set
     */
    public Export export(RdfSyntax syntax, String requestBase) {
        String base = strip(config.baseUrl().orElse(requestBase));
        long seq = source.position();
        Key key = new Key(seq, syntax, base);
        CompletableFuture<Export> mine = new CompletableFuture<>();
        CompletableFuture<Export> kept = cache.putIfAbsent(key, mine);
        if (kept == null) {
            // Older positions are never asked for again: drop them (and anything beyond the bound).
            cache.keySet().removeIf(k -> k.seq() < seq || (cache.size() > KEPT && !k.equals(key)));
            try {
                mine.complete(make(key));
            } catch (RuntimeException e) {
                cache.remove(key, mine);
                mine.completeExceptionally(e);
            }
            kept = mine;
        }
        try {
            return kept.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Export make(Key key) {
        DcatCatalogue catalogue = source.read(key.seq());
        Model model = DcatModel.build(catalogue, key.base());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        key.syntax().write(model, out);
        // The tag names the position and the syntax; and the host, when IRIs follow the request's.
        String tag = "dcat-" + key.seq() + "-" + key.syntax().suffix
                + (config.baseUrl().isPresent() ? "" : "-" + Integer.toHexString(key.base().hashCode()));
        return new Export(out.toByteArray(), tag, catalogue.modified(), key.syntax());
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private record Key(long seq, RdfSyntax syntax, String base) {
    }

    /**
     * One export.
     *
     * @param etag     a strong entity tag (without quotes)
     * @param modified when the change it was made at was committed (null for an empty log)
     */
    public record Export(byte[] body, String etag, OffsetDateTime modified, RdfSyntax syntax) {
    }
}
