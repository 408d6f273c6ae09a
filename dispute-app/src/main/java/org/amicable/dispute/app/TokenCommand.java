package org.amicable.dispute.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * {@code token create --name NAME --role ROLE [--index N]}: makes a new API token and prints it once, with
 * the settings that hold its SHA-256. The token itself is stored nowhere: only its hash goes into the
 * configuration. Runs without the application context, so it starts no server and opens no database.
 */
final class TokenCommand {

    /** 32 random bytes: 256 bits, as strong as the SHA-256 that stands for the token. */
    static final int TOKEN_BYTES = 32;
    static final List<String> ROLES = List.of(Roles.INTEGRATION, Roles.MANAGER, Roles.AUDITOR);
    /** A name goes into configuration lines and timeline entries: plain characters only. */
    private static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final int USAGE = 2;

    private final SecureRandom random;

    TokenCommand(SecureRandom random) {
        this.random = random;
    }

    /** True when the arguments ask for this command rather than for the application. */
    static boolean wanted(String[] args) {
        return args.length > 0 && args[0].equals("token");
    }

    /** Runs the command; returns the process's exit code. */
    int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[1].equals("create")) {
            return usage(err, "unknown command" + (args.length < 2 ? "" : " \"token " + args[1] + "\""));
        }
        String name = null;
        String role = null;
        int index = 0;
        for (int i = 2; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                return usage(err, option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--name" -> name = value;
                case "--role" -> role = value;
                case "--index" -> {
                    if (!value.matches("[0-9]{1,3}")) {
                        return usage(err, "--index must be a number from 0, the token's place in the list, not " + value);
                    }
                    index = Integer.parseInt(value);
                }
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (name == null) {
            return usage(err, "--name is missing: who uses the token, such as erp or jane.doe");
        }
        if (!name.matches(NAME_PATTERN)) {
            return usage(err, "--name must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit,"
                    + " not \"" + name + "\"");
        }
        if (role == null) {
            return usage(err, "--role is missing: one of " + String.join(", ", ROLES));
        }
        if (!ROLES.contains(role)) {
            return usage(err, "--role must be one of " + String.join(", ", ROLES) + ", not \"" + role + "\"");
        }

        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = sha256(token);
        String prefix = "amicable.security.tokens[" + index + "].";
        out.println("New API token for " + name + " (role " + role + "). It is shown only this once and stored nowhere:"
                + " give it to its user now.");
        out.println();
        out.println("  " + token);
        out.println();
        out.println("The application knows it by its SHA-256 only. Add these settings, as system properties"
                + " (-D" + prefix + "name=" + name + " …) or in a configuration file"
                + (index == 0 ? "" : "; " + index + " is the token's place in the list of tokens") + ":");
        out.println();
        out.println(prefix + "name=" + name);
        out.println(prefix + "sha256=" + hash);
        out.println(prefix + "role=" + role);
        out.println();
        out.println("or in YAML (application.yml, or a file named by MICRONAUT_CONFIG_FILES):");
        out.println();
        out.println("amicable:");
        out.println("  security:");
        out.println("    tokens:");
        out.println("      - name: " + name);
        out.println("        sha256: " + hash);
        out.println("        role: " + role);
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("token create: " + problem + ".");
        err.println("Usage: java -jar dispute-app.jar token create --name NAME --role "
                + String.join("|", ROLES) + " [--index N]");
        return USAGE;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
