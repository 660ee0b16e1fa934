package ca.quebec.catalogue.webhook;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.idempotency.Idempotency;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.CurrentCaller;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;
import ca.quebec.catalogue.web.Responses;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Standard Webhooks: the catalogue's changes, POSTed to your server as they happen")
@SecurityRequirement(name = ApiDoc.SECURITY)
public class WebhookResource {

    private static final String DELIVERY = "Each event is a POST of {\"type\", \"timestamp\", \"data\"} (data: the change as "
            + "GET /changes shows it to an anonymous caller, so never a private contact) with the headers webhook-id (the same "
            + "on every retry: drop duplicates with it), webhook-timestamp (Unix seconds) and webhook-signature (v1, then the "
            + "base64 HMAC-SHA256 of \"<webhook-id>.<webhook-timestamp>.<body>\" keyed with the secret's base64-decoded bytes, "
            + "after whsec_). A 2xx answer within 15 s delivers it; anything else is retried, later each time (from 5 s, "
            + "doubling, up to an hour apart, with jitter) for 24 hours, after which the subscription is disabled "
            + "(disabledReason failing); a 410 disables it at once.";

    private final WebhookService webhooks;
    private final CurrentCaller caller;
    private final Idempotency idempotency;

    public WebhookResource(WebhookService webhooks, CurrentCaller caller, Idempotency idempotency) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to changes", description = "Any API key may subscribe, up to 10 active subscriptions per key. "
            + "The subscription receives, from now on, the changes its key may see (a contributor: public records and its "
            + "own body's submissions; a curator: everything) among the events asked for, that match the filter. "
            + "The answer holds the signing secret: it is shown this once. " + DELIVERY)
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "409", description = "The key already holds as many active subscriptions as it may: delete one first",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response subscribeWebhook(
            @Parameter(description = ApiDoc.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(required = true) WebhookInput input, @Context UriInfo uri) {
        WebhookInput body = input == null ? WebhookInput.EMPTY : input;
        Response written = Responses.of(idempotency.run(caller.get(), idempotencyKey, "POST", uri.getPath(), body,
                () -> webhooks.subscribe(caller.get(), body)));
        // The answer holds a secret: no cache keeps it.
        return Response.fromResponse(written).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("webhooks")
    @Operation(summary = "List webhook subscriptions", description = "The key's own subscriptions (an admin's: every one), "
            + "disabled ones included, by id; never their secrets.")
    public RestResponse<Page<WebhookView>> listWebhooks(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Paging.ok(webhooks.list(caller.get(), PageRequest.of(limit, cursor, WebhookService.SORT)), uri);
    }

    @GET
    @Path("webhooks/{id}")
    @Operation(summary = "Get a webhook subscription", description = "Its status, and when it was disabled, why.")
    public WebhookView getWebhook(@PathParam("id") String id) {
        return webhooks.get(caller.get(), id);
    }

    @DELETE
    @Path("webhooks/{id}")
    @Operation(summary = "Delete a webhook subscription", description = "Disables it: no event is sent any more, pending ones are "
            + "cancelled. It stays listed, with its deliveries; nothing is deleted.")
    public WebhookView deleteWebhook(@PathParam("id") String id) {
        return webhooks.delete(caller.get(), id);
    }

    @GET
    @Path("webhooks/{id}/deliveries")
    @Operation(summary = "A subscription's deliveries", description = "The events owed to the subscription, newest first: status, "
            + "attempts, what the last one met, when the next is due. Finished deliveries are kept 30 days.")
    public RestResponse<Page<DeliveryView>> listWebhookDeliveries(@PathParam("id") String id,
            @Parameter(description = "Only the deliveries in this state", schema = @Schema(type = SchemaType.STRING, implementation = DeliveryView.Status.class)) @QueryParam("status") String status,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Paging.ok(webhooks.deliveries(caller.get(), id, status, PageRequest.of(limit, cursor, WebhookService.DELIVERY_SORT)), uri);
    }
}
