package ca.quebec.catalogue.publiccode;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value formats the standard names: URLs, e-mail addresses, dates, BCP 47 language
 * tags, ISO 3166-1 country codes, media types. Everything is checked offline: nothing here
 * resolves a host or fetches a page, so validation is fast and leaks nothing.
 */
final class Formats {

    private Formats() {
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A real calendar date written exactly YYYY-MM-DD, or null. */
    static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** User-perceived characters (extended grapheme clusters), as the standard's limits count them. */
    static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /** An absolute http or https URL with a host. */
    static boolean isHttpUrl(String text) {
        URI uri = uri(text);
        return uri != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    /** Version-control schemes a repository may be reached by besides http(s). */
    private static final Set<String> VCS_SCHEMES = Set.of("git", "ssh", "git+ssh", "svn", "svn+ssh", "hg", "bzr");

    /** A repository URL in another scheme than http(s) (git://, ssh://, svn://…), with a host. */
    static boolean isVcsUrl(String text) {
        URI uri = uri(text);
        return uri != null && uri.getScheme() != null && VCS_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    private static URI uri(String text) {
        if (text == null || text.isBlank() || !text.equals(text.strip())) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static final Pattern URN = Pattern.compile("(?i)urn:[a-z0-9][a-z0-9-]{0,31}:[^\\s]+");

    /** An organisation URI: a URN (e.g. {@code urn:x-italian-pa:…}) or an absolute URI with a host. */
    static boolean isOrganisationUri(String text) {
        if (text != null && URN.matcher(text).matches()) {
            return true;
        }
        URI uri = uri(text);
        return uri != null && uri.getScheme() != null && uri.getHost() != null && !uri.getHost().isEmpty();
    }

    /**
     * A path relative to the repository root or an http(s) URL, as the standard asks for logos and
     * screenshots. Absolute paths and file: URLs point into somebody's disk, not the repository.
     */
    static boolean isRelativePathOrUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return !text.startsWith("/") && !text.startsWith("\\") && !lower.startsWith("file:") && !lower.matches("[a-z]:[\\\\/].*");
    }

    /** The HTML living standard's definition of a valid e-mail address, which is what forms and parsers use. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** An ISO 3166-1 alpha-2 code, in capitals or (deprecated) in small letters, not mixed. */
    static boolean isCountry(String text) {
        if (text == null || !(text.equals(text.toUpperCase(Locale.ROOT)) || text.equals(text.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return COUNTRIES.contains(text.toUpperCase(Locale.ROOT));
    }

    /** RFC 6838 type/subtype. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    static boolean isMediaType(String text) {
        return text != null && MEDIA_TYPE.matcher(text.strip()).matches();
    }

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> LANGUAGES_ALPHA3 = alpha3OfAlpha2();

    private static Set<String> alpha3OfAlpha2() {
        Set<String> codes = new HashSet<>();
        for (String language : Locale.getISOLanguages()) {
            try {
                codes.add(Locale.forLanguageTag(language).getISO3Language());
            } catch (java.util.MissingResourceException e) {
                // No three-letter code known for it.
            }
        }
        return Set.copyOf(codes);
    }

    private static final Pattern SUBTAG = Pattern.compile("[A-Za-z0-9]{1,8}");
    private static final Pattern ALPHA = Pattern.compile("[A-Za-z]+");

    /**
     * A BCP 47 language tag (RFC 5646): well formed, with a primary language that ISO 639
     * knows, a real region, and no POSIX spelling such as {@code en_GB}. Java's locale builder
     * checks the grammar; the language and region are checked against the JDK's ISO lists.
     * A three-letter language is refused when ISO 639-1 has a two-letter code for it
     * ({@code eng} for {@code en}), as BCP 47 requires the shortest code.
     */
    static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 64) {
            return false;
        }
        String[] subtags = tag.split("-", -1);
        for (String subtag : subtags) {
            if (!SUBTAG.matcher(subtag).matches()) {
                return false;
            }
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
        String language = subtags[0].toLowerCase(Locale.ROOT);
        if (language.equals("x") || language.equals("i")) {
            return false;
        }
        if (!ALPHA.matcher(language).matches()) {
            return false;
        }
        if (language.length() == 2 && !LANGUAGES.contains(language)) {
            return false;
        }
        if (language.length() == 3 && LANGUAGES_ALPHA3.contains(language)) {
            return false;
        }
        if (language.length() > 3) {
            return false;
        }
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.length() == 1) {
                break;
            }
            if (subtag.length() == 2 && ALPHA.matcher(subtag).matches()
                    && !COUNTRIES.contains(subtag.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The usual spelling of a valid tag: {@code pt-br} becomes {@code pt-BR}, {@code ZH-hant} {@code zh-Hant}. */
    static String canonicalLanguageTag(String tag) {
        String[] subtags = tag.split("-");
        StringBuilder out = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        boolean singleton = false;
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            out.append('-');
            if (subtag.length() == 1) {
                singleton = true;
            }
            if (!singleton && subtag.length() == 2 && ALPHA.matcher(subtag).matches()) {
                out.append(subtag.toUpperCase(Locale.ROOT));
            } else if (!singleton && subtag.length() == 4 && ALPHA.matcher(subtag).matches()) {
                out.append(Character.toUpperCase(subtag.charAt(0))).append(subtag.substring(1).toLowerCase(Locale.ROOT));
            } else {
                out.append(subtag.toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }
}
