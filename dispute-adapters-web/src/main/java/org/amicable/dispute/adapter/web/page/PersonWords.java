package org.amicable.dispute.adapter.web.page;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.amicable.dispute.domain.model.Language;

/** The words of the sign-in and people's pages in a person's language, from {@code i18n/pages_fr.properties} and {@code _en}. */
final class PersonWords {

    private PersonWords() {
    }

    /** Read once per language: the words do not change while the application runs. */
    private static final Map<Language, Map<String, String>> WORDS = new ConcurrentHashMap<>();

    static Map<String, String> of(Language language) {
        return WORDS.computeIfAbsent(language, PersonWords::read);
    }

    private static Map<String, String> read(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.pages", locale(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> words = new HashMap<>();
        for (String key : bundle.keySet()) {
            words.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(words);
    }

    static Locale locale(Language language) {
        return language == Language.FR ? Locale.FRENCH : Locale.ENGLISH;
    }

    /** Before sign-in the person is unknown: the browser's first preference between French and English. */
    static Language fromAcceptLanguage(String header) {
        if (header == null) {
            return Language.FR;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return Language.FR;
                }
                if (tag.startsWith("en")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Language.FR;
        }
        return Language.FR;
    }
}
