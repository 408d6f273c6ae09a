package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code token create}: an operator makes a token, configures the lines it prints, and the token opens the
 * API with its role; nothing is started on the way.
 */
class TokenCommandTest {

    private static final Pattern SETTING = Pattern.compile("^(amicable\\.security\\.tokens\\[\\d+]\\.\\w+)=(.*)$",
            Pattern.MULTILINE);

    @Test
    void prints_a_new_url_safe_token_once_and_the_settings_holding_its_hash() throws Exception {
        Printed first = create("--name", "erp", "--role", "integration");
        Printed second = create("--name", "erp", "--role", "integration");

        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(first.token())).hasSize(32);
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(first.settings()).containsExactly(
                Map.entry("amicable.security.tokens[0].name", "erp"),
                Map.entry("amicable.security.tokens[0].sha256", EndToEndTest.sha256(first.token())),
                Map.entry("amicable.security.tokens[0].role", "integration"));
        // The token appears once; the configuration holds only its hash.
        assertThat(first.out().split(Pattern.quote(first.token()), -1)).hasSize(2);
    }

    @Test
    void prints_the_same_settings_in_yaml_and_at_the_index_asked_for() throws Exception {
        Printed printed = create("--name", "jane.doe", "--role", "auditor", "--index", "2");

        assertThat(printed.settings()).containsKeys("amicable.security.tokens[2].sha256");
        Map<String, Object> yaml = new Yaml().load(printed.out().substring(printed.out().indexOf("amicable:\n")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tokens = (List<Map<String, Object>>) ((Map<String, Map<String, Object>>) yaml
                .get("amicable")).get("security").get("tokens");
        assertThat(tokens).containsExactly(Map.of("name", "jane.doe", "role", "auditor",
                "sha256", EndToEndTest.sha256(printed.token())));
    }

    @Test
    void a_missing_name_or_a_bad_role_is_refused_with_a_clear_message_and_no_token() {
        Printed noName = create("--role", "manager");
        Printed badRole = create("--name", "erp", "--role", "admin");
        Printed noRole = create("--name", "erp");
        Printed badName = create("--name", "erp: {role: manager}", "--role", "auditor");
        Printed unknown = create("--name", "erp", "--role", "manager", "--colour", "red");

        for (Printed refused : List.of(noName, badRole, noRole, badName, unknown)) {
            assertThat(refused.exit()).isEqualTo(TokenCommand.USAGE);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).contains("Usage: java -jar");
        }
        assertThat(noName.err()).contains("--name is missing");
        assertThat(badRole.err()).contains("--role must be one of integration, manager, auditor, not \"admin\"");
        assertThat(noRole.err()).contains("--role is missing");
        assertThat(badName.err()).contains("--name must be");
        assertThat(unknown.err()).contains("unknown option --colour");
    }

    @Test
    void the_printed_token_opens_the_api_of_a_server_configured_with_the_printed_settings() throws Exception {
        Printed printed = create("--name", "erp", "--role", "integration");
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.putAll(printed.settings());

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            HttpClient http = HttpClient.newHttpClient();
            URI disputes = URI.create(server.getURL() + "/disputes");
            HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(disputes)
                    .header("Authorization", "Bearer " + printed.token()).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> withAnother = http.send(HttpRequest.newBuilder(disputes)
                    .header("Authorization", "Bearer " + create("--name", "x", "--role", "manager").token()).build(),
                    HttpResponse.BodyHandlers.ofString());
            // The role travels with the hash: an integration may not read the evidence.
            HttpResponse<String> evidence = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                            + "/disputes/0190a1b2-0000-7000-8000-000000000000/evidence"))
                    .header("Authorization", "Bearer " + printed.token()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
            assertThat(withAnother.statusCode()).isEqualTo(401);
            assertThat(evidence.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void the_printed_yaml_as_a_configuration_file_configures_the_token(@TempDir Path folder) throws Exception {
        Printed printed = create("--name", "erp", "--role", "manager");
        Path tokens = Files.writeString(folder.resolve("tokens.yml"),
                printed.out().substring(printed.out().indexOf("amicable:\n")));
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");

        // What MICRONAUT_CONFIG_FILES does for the jar, the system property does in this JVM.
        System.setProperty("micronaut.config.files", tokens.toString());
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.getURL() + "/disputes")).header("Authorization", "Bearer " + printed.token()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } finally {
            System.clearProperty("micronaut.config.files");
        }
    }

    @Test
    void the_main_class_runs_the_command_without_starting_the_application(@TempDir Path folder) throws Exception {
        Ran created = runMain(folder, "created", "token", "create", "--name", "erp", "--role", "manager");
        Ran refused = runMain(folder, "refused", "token", "create", "--name", "erp", "--role", "root");

        assertThat(created.exit()).as(created.output()).isZero();
        assertThat(created.output()).contains("amicable.security.tokens[0].role=manager")
                .doesNotContain("Amicable is up", "Startup completed", "Flyway", "jdbc:");
        assertThat(refused.exit()).isEqualTo(TokenCommand.USAGE);
        assertThat(refused.output()).contains("--role must be one of integration, manager, auditor, not \"root\"");
        // No database file, no pickup folder: nothing was started in the working folder.
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsOnly("created.txt", "refused.txt");
        }
    }

    record Printed(int exit, String out, String err) {

        String token() {
            Matcher line = Pattern.compile("^  ([A-Za-z0-9_-]+)$", Pattern.MULTILINE).matcher(out);
            assertThat(line.find()).as(out).isTrue();
            return line.group(1);
        }

        Map<String, String> settings() {
            Map<String, String> settings = new LinkedHashMap<>();
            Matcher setting = SETTING.matcher(out);
            while (setting.find()) {
                settings.put(setting.group(1), setting.group(2));
            }
            return settings;
        }
    }

    record Ran(int exit, String output) {
    }

    private static Printed create(String... options) {
        List<String> args = new ArrayList<>(List.of("token", "create"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new TokenCommand(new SecureRandom()).run(args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The application's main class in a process of its own, as {@code java -jar} runs it, in the given folder. */
    private static Ran runMain(Path folder, String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                        .orElse(System.getProperty("java.class.path")),
                Application.class.getName()));
        command.addAll(List.of(args));
        Path output = folder.resolve(name + ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("token create did not exit: " + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }
}
