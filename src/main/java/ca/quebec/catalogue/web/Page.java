package ca.quebec.catalogue.web;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The envelope of every list: one page of data, the total, and links to this page and the next. */
public record Page<T>(
        @Schema(required = true) List<T> data,
        @Schema(required = true) Meta meta,
        @Schema(required = true) Links links) {

    @Schema(name = "PageMeta")
    public record Meta(@Schema(description = "How many items match, over all pages", required = true) long total) {
    }

    @Schema(name = "PageLinks")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Links(
            @Schema(description = "This page", required = true) String self,
            @Schema(description = "The next page, or null on the last page", required = true, nullable = true) String next) {
    }
}
