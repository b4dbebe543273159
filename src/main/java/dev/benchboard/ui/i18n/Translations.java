package dev.benchboard.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundles of {@code vaadin-i18n/} read directly, for text made where no Vaadin UI is at hand (the
 * static shared report, error pages, mails). Inside a view, {@code getTranslation(key, args)} reads the
 * same bundles through Vaadin.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    /** The text of {@code key} in {@code locale} (English where the locale has no bundle), {0}… filled in. */
    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Languages.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException("no translation key '" + key + "'", missing);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
