package org.amicable.dispute.app;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.web.Passwords;
import org.amicable.dispute.adapter.web.port.PersonAccount;
import org.amicable.dispute.adapter.web.port.PersonAccounts;
import org.amicable.dispute.adapter.web.port.Roles;
import org.amicable.dispute.domain.model.InvalidValueException;
import org.amicable.dispute.domain.model.Language;

/**
 * {@code account create --login LOGIN --name NAME --role ROLE --language FR|EN [--password-stdin]}: adds a
 * person's account to the database the application is configured with (migrating it first), without
 * starting the server or the jobs. The password is generated and printed once, or read from the first line
 * of the standard input; only its BCrypt hash is stored.
 */
final class AccountCommand {

    static final List<String> ROLES = List.of(Roles.MANAGER, Roles.COLLECTOR, Roles.AUDITOR);
    static final int USAGE = 2;
    static final int REFUSED = 1;
    /** 18 random bytes: 24 characters, 144 bits. */
    static final int PASSWORD_BYTES = 18;

    private final SecureRandom random;

    AccountCommand(SecureRandom random) {
        this.random = random;
    }

    /** True when the arguments ask for this command rather than for the application. */
    static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("account");
    }

    /** Runs the command over the configured database; returns the process's exit code. */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("create")) {
            return usage(err, "unknown command" + (args.length < 2 ? "" : " \"account " + args[1] + "\""));
        }
        Map<String, String> options = new HashMap<>();
        boolean fromStdin = false;
        for (int i = 2; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--password-stdin")) {
                fromStdin = true;
                continue;
            }
            if (!List.of("--login", "--name", "--role", "--language").contains(option)) {
                return usage(err, "unknown option " + option);
            }
            if (i + 1 >= args.length) {
                return usage(err, option + " needs a value");
            }
            options.put(option, args[++i]);
        }
        for (String required : List.of("--login", "--name", "--role", "--language")) {
            if (!options.containsKey(required)) {
                return usage(err, required + " is missing");
            }
        }
        String role = options.get("--role");
        if (!ROLES.contains(role)) {
            return usage(err, "--role must be one of " + String.join(", ", ROLES) + ", not \"" + role + "\"");
        }
        String languageCode = options.get("--language").toUpperCase(java.util.Locale.ROOT);
        if (!languageCode.equals("FR") && !languageCode.equals("EN")) {
            return usage(err, "--language must be FR or EN, not \"" + options.get("--language") + "\"");
        }
        String password;
        if (fromStdin) {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                return usage(err, "the password could not be read from the standard input: " + e.getMessage());
            }
            String problem = Passwords.problem(password);
            if (problem != null) {
                return usage(err, "the password read from the standard input " + problem);
            }
        } else {
            byte[] bytes = new byte[PASSWORD_BYTES];
            random.nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        PersonAccount account;
        try {
            account = PersonAccount.create(options.get("--login"), options.get("--name"), role,
                    Language.valueOf(languageCode), Passwords.hash(password));
        } catch (InvalidValueException e) {
            return usage(err, "--" + e.field() + " " + e.problem());
        }

        try (ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "amicable.dispatch.enabled", "false", "amicable.escalation.schedule.enabled", "false",
                "amicable.erasure.schedule.enabled", "false", "amicable.webhooks.enabled", "false")).start()) {
            context.getBean(PersonAccounts.class).add(account);
        } catch (PersonAccounts.AccountExistsException e) {
            err.println("account create: " + e.getMessage() + "; nothing was changed.");
            return REFUSED;
        }
        out.println("Account " + account.login() + " created for " + account.name() + " (role " + role
                + ", language " + languageCode + ").");
        if (!fromStdin) {
            out.println("Its password is shown only this once and stored nowhere (only its hash is): give it to "
                    + account.name() + " now.");
            out.println();
            out.println("  " + password);
            out.println();
        }
        out.println("Sign in at /sign-in.");
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("account create: " + problem + ".");
        err.println("Usage: java -jar dispute-app.jar account create --login LOGIN --name \"NAME\" --role "
                + String.join("|", ROLES) + " --language FR|EN [--password-stdin]");
        return USAGE;
    }
}
