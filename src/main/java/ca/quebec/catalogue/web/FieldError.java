package ca.quebec.catalogue.web;

/**
 * One refused value in a request: where it is (a JSON pointer into the body, or
 * the name of a query parameter or header), a stable machine code and a message
 * in the caller's language.
 */
public record FieldError(String field, String code, String message) {
}
