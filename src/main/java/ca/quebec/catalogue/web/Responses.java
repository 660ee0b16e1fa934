package ca.quebec.catalogue.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ca.quebec.catalogue.kernel.Versions;
import ca.quebec.catalogue.kernel.Written;

/** The answer to a write: 201 with Location, or 200; the ETag; and Idempotent-Replayed for a stored answer. */
public final class Responses {

    public static final String REPLAYED = "Idempotent-Replayed";

    private Responses() {
    }

    /** A tag as services give it (see Versions): weak when its value says so. */
    public static EntityTag entityTag(String value) {
        return Versions.isWeak(value) ? new EntityTag(value.substring(Versions.WEAK.length()), true) : new EntityTag(value);
    }

    public static Response of(Written<?> written) {
        Response.ResponseBuilder response = Response.status(written.created() ? Response.Status.CREATED : Response.Status.OK);
        if (written.location() != null) {
            response.header("Location", written.location());
        }
        if (written.etag() != null) {
            response.tag(entityTag(written.etag()));
        }
        if (written.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.entity(written.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
