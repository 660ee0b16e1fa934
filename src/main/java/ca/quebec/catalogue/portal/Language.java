package ca.quebec.catalogue.portal;

import java.util.Locale;

import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Messages;

/**
 * The portal's two languages and the fixed addresses of their pages: French at the
 * root, English under {@code /en/}. Each page has one address per language, and
 * each language's page links to the other's (its twin).
 */
public enum Language {
    FR("fr", Messages.FRENCH, "/", "/recherche", "/logiciels/", "/solutions/", "/organismes/", "/categories/", "/statistiques"),
    EN("en", Messages.ENGLISH, "/en/", "/en/search", "/en/software/", "/en/solutions/", "/en/organizations/", "/en/categories/",
            "/en/statistics");

    public final String code;
    public final Locale locale;
    private final String home;
    private final String search;
    private final String software;
    private final String solutions;
    private final String organizations;
    private final String categories;
    private final String statistics;

    Language(String code, Locale locale, String home, String search, String software, String solutions, String organizations,
            String categories, String statistics) {
        this.code = code;
        this.locale = locale;
        this.home = home;
        this.search = search;
        this.software = software;
        this.solutions = solutions;
        this.organizations = organizations;
        this.categories = categories;
        this.statistics = statistics;
    }

    public Language other() {
        return this == FR ? EN : FR;
    }

    public String home() {
        return home;
    }

    public String search() {
        return search;
    }

    public String software(String id) {
        return software + id;
    }

    public String solution(String id) {
        return solutions + id;
    }

    /** A software's or a solution's page, by the kind's wire name. */
    public String record(String kind, String id) {
        return "solution".equals(kind) ? solution(id) : software(id);
    }

    public String organization(String id) {
        return organizations + id;
    }

    public String category(String id) {
        return categories + id;
    }

    public String statistics() {
        return statistics;
    }

    /** The text in this language, or the French when there is no English. */
    public String pick(BilingualText text) {
        if (text == null) {
            return null;
        }
        return this == EN && text.en() != null && !text.en().isBlank() ? text.en() : text.fr();
    }

    /** The text in this language (or in French, marked as such, when there is no English); null when there is none. */
    public Phrase phrase(BilingualText text) {
        String value = pick(text);
        if (value == null || value.isBlank()) {
            return null;
        }
        return new Phrase(value, this == EN && value.equals(text.en()) ? "en" : "fr");
    }

    /** The language of a page's path: English under /en/, French elsewhere. */
    public static Language ofPath(String path) {
        return path != null && (path.equals("/en") || path.startsWith("/en/")) ? EN : FR;
    }
}
