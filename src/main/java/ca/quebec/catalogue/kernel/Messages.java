package ca.quebec.catalogue.kernel;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The service's human text, French first. Bundles are {@code messages.properties}
 * (French) and {@code messages_en.properties}; French strings use the typographic
 * apostrophe so that MessageFormat leaves them alone.
 */
public final class Messages {

    public static final Locale FRENCH = Locale.CANADA_FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale.LanguageRange> DEFAULT = Locale.LanguageRange.parse("fr");

    private Messages() {
    }

    /** French unless an Accept-Language header prefers English over French. */
    public static Locale preferred(String acceptLanguage) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = acceptLanguage == null || acceptLanguage.isBlank() ? DEFAULT : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            ranges = DEFAULT;
        }
        String tag = Locale.lookupTag(ranges, List.of("fr", "en"));
        return "en".equals(tag) ? ENGLISH : FRENCH;
    }

    /** Message bundles, one per feature that has its own texts; keys are prefixed so they never clash. */
    private static final List<String> BUNDLES = List.of("messages", "messages-publiccode", "messages-search", "messages-reconciliation", "messages-inventory",
            "messages-webhook", "messages-export", "messages-feed", "messages-portal");

    public static String get(Locale locale, String key, List<Object> args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(args.toArray());
    }

    private static String pattern(Locale locale, String key) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale == ENGLISH ? ENGLISH : Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException noSuchBundle) {
                // A feature without texts of its own.
            }
        }
        return null;
    }

    public static String get(Locale locale, String key, Object... args) {
        return get(locale, key, List.of(args));
    }

    public static String language(Locale locale) {
        return locale == ENGLISH ? "en" : "fr";
    }
}
