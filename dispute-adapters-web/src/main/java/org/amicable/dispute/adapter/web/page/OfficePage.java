package org.amicable.dispute.adapter.web.page;

import io.micronaut.security.authentication.Authentication;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.amicable.dispute.adapter.web.FormTokens;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.adapter.web.SignedInPerson;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Task;

/**
 * What every back-office page shares: the signed-in person, their words, the CSRF token of their forms, and
 * the section of the nav bar the page belongs to. Sentences the pages compose (a task, a state) are put into
 * words here, in the person's language.
 */
final class OfficePage {

    static final String STYLESHEET = "/office/assets/office.css";

    private final SignedInPerson person;
    private final Map<String, String> words;
    private final PageWords format;
    private final String csrf;

    private OfficePage(SignedInPerson person, String csrf) {
        this.person = person;
        this.words = PersonWords.of(person.language());
        this.format = new PageWords(person.language());
        this.csrf = csrf;
    }

    /** The page of a person signed in with a session cookie; empty for a bearer token, which is no person. */
    static Optional<OfficePage> of(Authentication authentication, FormTokens tokens) {
        return SignedInPerson.of(authentication).map(person -> new OfficePage(person,
                tokens.tokenFor(authentication).orElseThrow()));
    }

    SignedInPerson person() {
        return person;
    }

    boolean isManager() {
        return Roles.MANAGER.equals(person.role());
    }

    /** Whether the person records calls, promises, payments and answers: a manager or a collector. */
    boolean records() {
        return isManager() || Roles.COLLECTOR.equals(person.role());
    }

    PageWords format() {
        return format;
    }

    /** The model every page starts from: its title, section, the person and the words. */
    Map<String, Object> model(String section, String titleKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("words", words);
        model.put("section", section);
        model.put("title", say(titleKey));
        model.put("name", person.name());
        model.put("login", person.login());
        model.put("role", person.role());
        model.put("csrf", csrf);
        model.put("stylesheet", STYLESHEET);
        model.put("manager", isManager());
        model.put("records", records());
        return model;
    }

    /** The sentence of a key, its placeholders filled. */
    String say(String key, Object... arguments) {
        String pattern = words.get(key);
        if (pattern == null) {
            throw new IllegalStateException("no words for " + key);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(
                Arrays.stream(arguments).map(String::valueOf).toArray());
    }

    /** The words of a constant under a prefix ({@code office.state.FORMAL_NOTICE_SENT}), else the constant in lower case. */
    String name(String prefix, String constant) {
        return Optional.ofNullable(words.get(prefix + constant))
                .orElse(constant.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** What a task asks, in the person's language. */
    String whatToDo(Task task) {
        String key = "office.task." + task.kind().name();
        if (words.containsKey(key + "." + task.closedBy().name())) {
            key = key + "." + task.closedBy().name();
        }
        String detail = task.detail().orElse("");
        String said = detail.matches("[A-Z_]+") ? name("office.word.", detail) : detail;
        return say(key, format.date(task.dueOn()), said);
    }

    private Locale locale() {
        return person.language() == Language.EN ? Locale.UK : Locale.FRANCE;
    }
}
