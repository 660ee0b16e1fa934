package ca.quebec.catalogue.solution;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ca.quebec.catalogue.kernel.Checks;

@Schema(name = "Features", description = "What the solution does, as short items: French required, English optional")
public record Features(
        @Schema(required = true, maxItems = Checks.LIST_MAX) List<@Size(max = Checks.NAME_MAX) String> fr,
        @Schema(maxItems = Checks.LIST_MAX) List<@Size(max = Checks.NAME_MAX) String> en) {

    public static final Features NONE = new Features(List.of(), List.of());

    public Features {
        fr = fr == null ? List.of() : List.copyOf(fr);
        en = en == null ? List.of() : List.copyOf(en);
    }
}
