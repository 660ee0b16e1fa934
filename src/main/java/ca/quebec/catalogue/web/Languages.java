package ca.quebec.catalogue.web;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import ca.quebec.catalogue.kernel.Messages;

/** The language of an answer: French unless Accept-Language prefers English. */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        return Messages.preferred(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
