package dev.benchboard.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations, from the same bundles as {@link Translations}. Our own provider rather than Vaadin's
 * default one because the default lists only the locales that have a suffixed file ({@code _zh_CN}) and falls
 * back to the first of them: an English browser would have got Chinese. Here English comes first, so a browser
 * asking for neither language reads English.
 */
@Component
public class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(locale, key, params);
    }
}
