package dev.benchboard.ui.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the workspace and the shared report are written in. English is the default bundle
 * ({@code vaadin-i18n/translations.properties}); each other language has its own bundle with the same keys.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, SIMPLIFIED_CHINESE);

    private Languages() {
    }

    /** A saved tag (e.g. {@code zh-CN}) as one of the supported languages; anything else is not a choice. */
    public static Optional<Locale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) return Optional.empty();
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream().filter(locale -> locale.equals(wanted)).findFirst()
                .or(() -> SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst());
    }

    /**
     * The language a component is drawn in (its UI's, or the current UI's before it is attached; English without
     * a UI): for static helpers given a component, since {@code Component.getLocale()} is protected.
     */
    public static Locale of(Component component) {
        return component.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(ENGLISH);
    }

    /** The translation key of a language's own name (shown in that language in every bundle). */
    public static String nameKey(Locale locale) {
        return "language." + locale.toLanguageTag();
    }
}
