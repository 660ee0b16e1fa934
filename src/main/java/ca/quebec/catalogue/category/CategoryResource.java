package ca.quebec.catalogue.category;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import ca.quebec.catalogue.kernel.PageRequest;
import ca.quebec.catalogue.web.ApiDoc;
import ca.quebec.catalogue.web.Conditional;
import ca.quebec.catalogue.web.Page;
import ca.quebec.catalogue.web.Paging;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "The bilingual category vocabulary")
public class CategoryResource {

    private final CategoryService categories;

    public CategoryResource(CategoryService categories) {
        this.categories = categories;
    }

    @GET
    @Operation(summary = "List categories")
    public RestResponse<Page<CategoryView>> listCategories(
            @Parameter(description = ApiDoc.LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = ApiDoc.CURSOR) @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return Paging.ok(categories.list(PageRequest.of(limit, cursor, CategoryService.SORT)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a category")
    public RestResponse<CategoryView> getCategory(@PathParam("id") String id,
            @Parameter(description = ApiDoc.IF_NONE_MATCH) @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        return Conditional.ok(categories.get(id), headers);
    }
}
