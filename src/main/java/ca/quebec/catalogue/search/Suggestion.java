package ca.quebec.catalogue.search;

/**
 * A record whose name (or another of its names) starts with what the user is typing.
 *
 * @param kind       software or solution
 * @param id         the record's slug
 * @param label      the record's name, to show
 * @param matched    the alias that matched when it was not the name (e.g. "7z" for 7-Zip), else null
 * @param usageCount how many organizations declare using it (the most used come first among equals)
 */
public record Suggestion(String kind, String id, String label, String matched, int usageCount) {
}
