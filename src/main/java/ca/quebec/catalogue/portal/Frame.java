package ca.quebec.catalogue.portal;

import java.util.List;

import io.quarkus.qute.TemplateData;

import ca.quebec.catalogue.kernel.Messages;

/**
 * What every page shares: its language, title, canonical address and its twin in
 * the other language, and the portal's texts in that language.
 *
 * @param lang      the page's language
 * @param title     the page's own title (the {@code <title>} adds the site's name)
 * @param base      the service's public address, without a trailing slash
 * @param path      this page's path (canonical)
 * @param twinPath  the same page in the other language
 * @param section   which part of the site the page belongs to, to mark it in the navigation
 */
@TemplateData
public record Frame(Language lang, String title, String base, String path, String twinPath, String section) {

    public String code() {
        return lang.code;
    }

    public String twinCode() {
        return lang.other().code;
    }

    public String canonical() {
        return base + path;
    }

    public String twin() {
        return base + twinPath;
    }

    public String home() {
        return lang.home();
    }

    public String search() {
        return lang.search();
    }

    public String statistics() {
        return lang.statistics();
    }

    /** The portal's text for this key in the page's language. */
    public String t(String key) {
        return Messages.get(lang.locale, "portal." + key, List.of());
    }

    /** The same, with one value put in. */
    public String f(String key, Object value) {
        return Messages.get(lang.locale, "portal." + key, List.of(value));
    }

    /** The same, with two values put in. */
    public String f2(String key, Object first, Object second) {
        return Messages.get(lang.locale, "portal." + key, List.of(first, second));
    }

    /** The same, with three values put in. */
    public String f3(String key, Object first, Object second, Object third) {
        return Messages.get(lang.locale, "portal." + key, List.of(first, second, third));
    }

    /** Whether the navigation link to a section is the current page's. */
    public boolean in(String name) {
        return name.equals(section);
    }
}
