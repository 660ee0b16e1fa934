package ca.quebec.catalogue.web;

import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quebec.catalogue.kernel.Messages;
import ca.quebec.catalogue.kernel.ProblemException;

/**
 * The page a problem's {@code type} points to ({@code /problems/concurrent-write}):
 * what the problem means, when it is answered and what to do, in French and in
 * English. As JSON for programs, as an HTML page for people.
 */
@Path("/problems")
@Tag(name = "Problems", description = "What each problem type means: the pages that problem types point to")
public class ProblemTypeResource {

    /** Problem type names: lowercase words joined by hyphens. */
    private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");

    /** A problem type, described. */
    @Schema(name = "ProblemType")
    public record ProblemTypeView(
            @Schema(description = "The type, as problems carry it", required = true) String type,
            @Schema(description = "Its title, in French and English", required = true) Texts title,
            @Schema(description = "What it means and what to do, in French and English", required = true) Texts about) {
    }

    /** One text in both languages. */
    @Schema(name = "ProblemTypeTexts")
    public record Texts(@Schema(required = true) String fr, @Schema(required = true) String en) {
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "What a problem type means", description = "The page a problem's "
            + "type names: its title and what it means, in French and English; text/html for a browser.")
    @APIResponse(responseCode = "200", description = "The problem type",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemTypeView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "404", description = "No such problem type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProblemTypeView describe(@PathParam("type") String type) {
        return find(type);
    }

    @GET
    @Path("/{type}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public String page(@PathParam("type") String type) {
        ProblemTypeView problem = find(type);
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title></head>
                <body>
                <main>
                <h1>%s</h1>
                <p><code>/problems/%s</code></p>
                <p>%s</p>
                <section lang="en">
                <h2>%s</h2>
                <p>%s</p>
                </section>
                </main>
                </body>
                </html>
                """.formatted(escape(problem.title().fr()), escape(problem.title().fr()), escape(problem.type()),
                escape(problem.about().fr()), escape(problem.title().en()), escape(problem.about().en()));
    }

    private static ProblemTypeView find(String type) {
        String key = "problem." + type + ".about";
        if (!NAME.matcher(type).matches() || Messages.get(Messages.FRENCH, key).equals(key)) {
            throw new ProblemException(404, "no-such-path", "/problems/" + type);
        }
        return new ProblemTypeView(type, texts("problem." + type + ".title"), texts(key));
    }

    private static Texts texts(String key) {
        return new Texts(Messages.get(Messages.FRENCH, key), Messages.get(Messages.ENGLISH, key));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
