package dev.benchboard.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundles of {@code vaadin-i18n/} read directly, for text made where no Vaadin UI is at hand (the
 * static shared report, error pages, mails). Inside a view, {@code getTranslation(key, args)} reads the
 * same bundles through Vaadin ({@link BundleTranslations}).
 *
 * <p>A key the reader's bundle lacks does not break the page: it shows {@code !zh:<key>} (or {@code !en:<key>}),
 * which the zh-CN browser test looks for, and is logged once. It is not filled in from English: a Chinese
 * page with an English sentence in it would pass unnoticed. {@code TranslationBundlesTest} fails the build on
 * such a key before it ever gets here.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);
    /** "zh:some.key" for each key already reported missing: one warning per key and language. */
    private static final Set<String> REPORTED_MISSING = ConcurrentHashMap.newKeySet();

    private Translations() {
    }

    /** The text of {@code key} in {@code locale} (English where the locale has no bundle), {0}… filled in. */
    public static String get(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElseGet(() -> missing(language(locale), key));
    }

    /**
     * The text of {@code key} if the reader's bundle has it: for codes that have words only when someone wrote
     * them (a decision outcome, a quoted metric), where a code without words is shown as it is, not as a marker.
     */
    public static java.util.Optional<String> find(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = ownText(bundle, key);
        if (pattern == null) return java.util.Optional.empty();
        return java.util.Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments));
    }

    /** The bundle's language for a reader's locale: a supported one, else English. */
    private static Locale language(Locale locale) {
        return Languages.fromTag(locale == null ? null : locale.toLanguageTag()).orElse(Languages.ENGLISH);
    }

    /** The text the bundle itself holds, not one inherited from its parent (the English bundle). */
    private static String ownText(ResourceBundle bundle, String key) {
        if (key == null) return null;
        Object text = bundle instanceof PropertyResourceBundle own ? own.handleGetObject(key)
                : bundle.containsKey(key) ? bundle.getObject(key) : null;
        return text instanceof String s ? s : null;
    }

    /** The marker a reader (and the browser tests) can see: {@code !zh:compare.title}. */
    static String missing(Locale language, String key) {
        String marker = "!" + language.getLanguage() + ":" + key;
        if (REPORTED_MISSING.add(marker)) {
            LOG.warn("No translation of '{}' in the {} bundle: the page shows {}", key, language.toLanguageTag(), marker);
        }
        return marker;
    }
}
