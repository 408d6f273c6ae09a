package org.amicable.dispute.adapter.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amicable.dispute.domain.model.Language;

/**
 * The wording of the letters: one properties file per language ({@code letters_fr.properties},
 * {@code letters_en.properties}), bundled, each key overridable from a folder.
 *
 * <p>A template holds plain text and {@code {name}} placeholders. Placeholders are filled in one pass
 * and the values are never read again as template text, so a value cannot inject a placeholder.
 */
final class LetterTemplates {

    static final String BUNDLED = "/org/amicable/dispute/adapter/mail/letters_%s.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Map<Language, Properties> wording = new EnumMap<>(Language.class);

    /**
     * The bundled wording, each key overridden by the folder's file of the language where it has one.
     *
     * @throws InvalidTemplate naming the file and the key, where an override is not a key of the
     *         bundled wording, or uses a placeholder that its bundled version does not: a letter would otherwise
     *         fail when it is rendered (the message starts with the setting, {@code mail.template-folder})
     */
    LetterTemplates(Optional<Path> overrideFolder) {
        for (Language language : Language.values()) {
            String file = "letters_" + language.name().toLowerCase() + ".properties";
            Properties properties = bundled(language);
            Optional<Path> override = overrideFolder.map(folder -> folder.resolve(file)).filter(Files::isRegularFile);
            if (override.isPresent()) {
                Properties edited = read(override.get());
                for (String key : edited.stringPropertyNames()) {
                    check(override.get(), key, properties.getProperty(key), edited.getProperty(key));
                }
                properties.putAll(edited);
            }
            wording.put(language, properties);
        }
    }

    private static void check(Path file, String key, String bundled, String edited) {
        String where = file + ", " + key + ": ";
        if (bundled == null) {
            throw new InvalidTemplate(where + "not a key of the letters' wording (a typo?)");
        }
        Set<String> given = placeholders(bundled);
        for (String used : placeholders(edited)) {
            if (!given.contains(used)) {
                throw new InvalidTemplate(where + "{" + used + "} is not a value of this text; it may use "
                        + (given.isEmpty() ? "none" : given.stream().map(name -> "{" + name + "}").toList()));
            }
        }
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** An edited template that cannot be used, with the file and the key. */
    static final class InvalidTemplate extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final String detail;

        InvalidTemplate(String detail) {
            super("mail.template-folder: " + detail);
            this.detail = detail;
        }

        /** What is wrong, where: the file, the key, the placeholder. */
        String detail() {
            return detail;
        }
    }

    /** The template with its placeholders filled; an unknown key or placeholder is a bug, not a blank. */
    String fill(Language language, String key, Map<String, String> values) {
        String template = raw(language, key);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("template " + key + " (" + language + ") uses an unknown placeholder {"
                        + matcher.group(1) + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    String fill(Language language, String key) {
        return fill(language, key, Map.of());
    }

    String raw(Language language, String key) {
        String template = wording.get(language).getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no template " + key + " for " + language);
        }
        return template;
    }

    Properties keys(Language language) {
        Properties copy = new Properties();
        copy.putAll(wording.get(language));
        return copy;
    }

    private static Properties bundled(Language language) {
        String resource = String.format(BUNDLED, language.name().toLowerCase());
        try (InputStream in = LetterTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates " + path, e);
        }
    }

    private static Properties load(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
    }
}
