package ca.quebec.catalogue.solution;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Features", description = "What the solution does, as short items: French required, English optional")
public record Features(
        @Schema(required = true, maxItems = 50) List<String> fr,
        @Schema(maxItems = 50) List<String> en) {

    public static final Features NONE = new Features(List.of(), List.of());

    public Features {
        fr = fr == null ? List.of() : List.copyOf(fr);
        en = en == null ? List.of() : List.copyOf(en);
    }
}
