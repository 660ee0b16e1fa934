package ca.quebec.catalogue.portal;

import io.quarkus.qute.TemplateData;

/**
 * A text and the language it is written in, so that a French description shown on
 * an English page (when there is no English one) is marked {@code lang="fr"} for
 * screen readers.
 */
@TemplateData
public record Phrase(String text, String lang) {
}
