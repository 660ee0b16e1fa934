package ca.quebec.catalogue.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.web.CurrentCaller;


@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MeResource {

    private final CurrentCaller caller;

    public MeResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Who am I", description = "The organization, role and label of the key or access token sent, and which of the two "
            + "it was (signedInWith); anonymous without one.")
    public MeView getMe() {
        Caller c = caller.get();
        return new MeView(c.authenticated(), c.signedInWith() == null ? null : c.signedInWith().wire(), c.keyId(), c.organization(),
                c.role() == null ? null : c.role().wire(), c.label());
    }
}
