package ca.quebec.catalogue.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.changes.ChangeService;
import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

/** The catalogue's changes as an Atom feed, for feed readers and the watchers of Données Québec. */
@Path("/api/v1")
@Tag(name = "Feeds", description = "Atom feeds of the catalogue's changes, for feed readers")
public class FeedResource {

    private final FeedService feeds;
    private final FeedConfig config;

    public FeedResource(FeedService feeds, FeedConfig config) {
        this.feeds = feeds;
        this.config = config;
    }

    @GET
    @Path("feeds/changes.atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @Operation(summary = "The catalogue's changes as Atom", description = "An RFC 4287 feed, newest first: one entry per change to a "
            + "software or a solution that anonymous callers may see (published and archived records; never a submission), "
            + "whoever asks. Each entry has a stable tag: id (one per change-log sequence number), the time of the change, a "
            + "French title and, in its content, the same in French and English, and a link to the record's API URL. Filters "
            + "combine (all must hold); a value that names nothing is a 400 naming the parameter, a known value without "
            + "changes an empty feed. Older entries: follow link rel=next (also in the Link header).")
    @APIResponse(responseCode = "200", description = "The feed", headers = @Header(name = "Link", description = "RFC 8288 links: "
            + "rel=\"self\" and, unless last, rel=\"next\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = AtomWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response getChangesFeed(
            @Parameter(description = "Only changes to software or to solutions", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "software", "solution" })) @QueryParam("kind") String kind,
            @Parameter(description = "Only changes that concern this public body (its id): to the solutions it owns and to its "
                    + "usage declarations") @QueryParam("organization") String organization,
            @Parameter(description = "Only changes to records in this category (its id)") @QueryParam("category") String category,
            @Parameter(description = "Only changes to this software (its id)") @QueryParam("software") String software,
            @Parameter(description = "Only changes to this solution (its id)") @QueryParam("solution") String solution,
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor from the link rel=next of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        FeedFilter filter = feeds.filter(kind, organization, category, software, solution);
        FeedPage page = feeds.page(filter, PageRequest.of(limit, cursor, ChangeService.LATEST));
        Page.Links links = Paging.links(uri, page.nextCursor());
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        String first = uri.getRequestUriBuilder().replaceQueryParam("cursor").build().toString();
        String authority = config.tagAuthority().orElseGet(() -> defaultAuthority(uri.getBaseUri().getHost()));
        byte[] body = AtomWriter.write(page, new AtomWriter.Links(base, authority, links.self(), first, links.next()));
        return Response.ok(body, AtomWriter.MEDIA_TYPE + ";charset=UTF-8").header("Link", Paging.linkHeader(links)).build();
    }

    /** The host the request named, and 2025; an IPv6 literal is no tagging entity (RFC 4151), so localhost then. */
    private static String defaultAuthority(String host) {
        return (host == null || host.contains(":") || host.startsWith("[") ? "localhost" : host.toLowerCase(java.util.Locale.ROOT)) + ",2025";
    }
}
