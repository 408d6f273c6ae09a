package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code account create}: an operator makes the first manager's account from the jar, against the database
 * the application is configured with, and the person signs in with the password printed once; bad options
 * are refused before anything is opened.
 */
class AccountCommandTest {

    @Test
    void bad_options_are_refused_with_a_clear_message_before_any_database_is_opened() {
        Printed noLogin = create("", "--name", "Marie Durand", "--role", "manager", "--language", "FR");
        Printed badRole = create("", "--login", "marie", "--name", "Marie Durand", "--role", "admin", "--language", "FR");
        Printed badLanguage = create("", "--login", "marie", "--name", "Marie Durand", "--role", "manager",
                "--language", "DE");
        Printed badLogin = create("", "--login", "Marie Durand", "--name", "Marie Durand", "--role", "manager",
                "--language", "FR");
        Printed shortPassword = create("short\n", "--login", "marie", "--name", "Marie Durand", "--role", "manager",
                "--language", "FR", "--password-stdin");
        Printed unknown = create("", "--login", "marie", "--colour", "red");

        for (Printed refused : List.of(noLogin, badRole, badLanguage, badLogin, shortPassword, unknown)) {
            assertThat(refused.exit()).isEqualTo(AccountCommand.USAGE);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).contains("Usage: java -jar dispute-app.jar account create");
        }
        assertThat(noLogin.err()).contains("--login is missing");
        assertThat(badRole.err()).contains("--role must be one of manager, collector, auditor, not \"admin\"");
        assertThat(badLanguage.err()).contains("--language must be FR or EN, not \"DE\"");
        assertThat(badLogin.err()).contains("--login must be 1 to 64 lower-case letters");
        assertThat(shortPassword.err()).contains("must be at least 12 characters long");
        assertThat(unknown.err()).contains("unknown option --colour");
    }

    @Test
    void the_jar_creates_an_account_whose_printed_password_signs_in_and_refuses_the_same_login_twice(
            @TempDir Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("db/amicable").toAbsolutePath() + ";WRITE_DELAY=0";
        Ran created = runMain(folder, url, "", "account", "create", "--login", "marie", "--name", "Marie Durand",
                "--role", "manager", "--language", "FR");
        Ran again = runMain(folder, url, "", "account", "create", "--login", "marie", "--name", "Marie Dupont",
                "--role", "auditor", "--language", "EN");
        Ran fromStdin = runMain(folder, url, "a password typed by the operator\n", "account", "create", "--login",
                "paul", "--name", "Paul Martin", "--role", "collector", "--language", "EN", "--password-stdin");

        assertThat(created.exit()).as(created.output()).isZero();
        assertThat(created.output()).contains("Account marie created for Marie Durand (role manager, language FR).")
                .doesNotContain("Startup completed");
        Matcher printed = Pattern.compile("(?m)^  ([A-Za-z0-9_-]{24})$").matcher(created.output());
        assertThat(printed.find()).as(created.output()).isTrue();
        String password = printed.group(1);
        assertThat(again.exit()).isEqualTo(AccountCommand.REFUSED);
        assertThat(again.output()).contains("an account with the login \"marie\" already exists; nothing was changed");
        assertThat(fromStdin.exit()).as(fromStdin.output()).isZero();
        assertThat(fromStdin.output()).doesNotContain("a password typed by the operator");

        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(signIn(server, "marie", password).statusCode()).isEqualTo(303);
            assertThat(signIn(server, "marie", "not the printed password").statusCode()).isEqualTo(401);
            assertThat(signIn(server, "paul", "a password typed by the operator").statusCode()).isEqualTo(303);
        }
    }

    private static HttpResponse<String> signIn(EmbeddedServer server, String login, String password) throws Exception {
        String form = "login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    record Printed(int exit, String out, String err) {
    }

    record Ran(int exit, String output) {
    }

    private static Printed create(String stdin, String... options) {
        List<String> args = new ArrayList<>(List.of("account", "create"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new AccountCommand(new SecureRandom()).run(args.toArray(String[]::new),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The application's main class in a process of its own, as {@code java -jar} runs it, on this database. */
    private static Ran runMain(Path folder, String url, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddatasources.default.url=" + url, "-cp", Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                        .orElse(System.getProperty("java.class.path")),
                Application.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(folder, "account", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("account create did not exit: " + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }
}
