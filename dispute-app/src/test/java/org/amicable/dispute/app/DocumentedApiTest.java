package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.amicable.dispute.domain.model.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.slf4j.LoggerFactory;

/**
 * The API as its documentation presents it, on a running server with real letters: every URL the README and
 * the startup log point to answers, the documentation without a token once the documented setting opens it,
 * and a client generated from the served OpenAPI document downloads a letter's PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentedApiTest {

    private static final String TOKEN = "documented-manager-token";
    private static final Path README = Path.of("..", "README.md");

    private EmbeddedServer server;
    private final ListAppender<ILoggingEvent> startupLog = new ListAppender<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private String disputeId;
    private String letterId;

    @BeforeAll
    void start(@TempDir Path folders) throws Exception {
        Map<String, Object> properties = new HashMap<>(Databases.H2.freshDatabase());
        properties.put("micronaut.server.port", -1);
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString());
        properties.put("amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString());
        properties.put("amicable.web.public-docs", "true");
        properties.put("amicable.security.tokens[0].name", "documented");
        properties.put("amicable.security.tokens[0].sha256", EndToEndTest.sha256(TOKEN));
        properties.put("amicable.security.tokens[0].role", "manager");
        startupLog.start();
        ch.qos.logback.classic.Logger amicable = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("amicable");
        amicable.setLevel(ch.qos.logback.classic.Level.INFO);
        amicable.addAppender(startupLog);
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        walkThroughTheReadme();
    }

    @AfterAll
    void stop() {
        server.close();
        ch.qos.logback.classic.Logger amicable = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("amicable");
        amicable.detachAppender(startupLog);
        amicable.setLevel(null);
    }

    /** The README's walkthrough: its claim opened, the escalation run for today, the letter sent. */
    private void walkThroughTheReadme() throws Exception {
        String readme = Files.readString(README);
        Matcher claim = Pattern.compile("-X POST localhost:8080/disputes/unpaid-claims.*?-d '(\\{.*?})'", Pattern.DOTALL)
                .matcher(readme);
        assertThat(claim.find()).as("the README opens a claim with curl").isTrue();
        HttpResponse<String> opened = post("/disputes/unpaid-claims", claim.group(1));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        disputeId = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(opened.body()).results().findFirst().orElseThrow()
                .group(1);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        assertThat(post("/escalation/runs", "{\"date\": \"" + today + "\"}").statusCode()).isEqualTo(200);
        assertThat(post("/letters/dispatch", "{\"max\": 10}").body()).contains("\"sent\":1");
        letterId = Pattern.compile("\"id\":\"([^\"]+)\"")
                .matcher(get("/disputes/" + disputeId + "/letters", TOKEN).body()).results().findFirst().orElseThrow()
                .group(1);
    }

    @Test
    void every_url_of_the_startup_log_answers_the_documentation_without_a_token() throws Exception {
        Set<String> urls = new LinkedHashSet<>();
        for (ILoggingEvent event : startupLog.list) {
            Pattern.compile("http://[^\\s,)]+").matcher(event.getFormattedMessage()).results()
                    .forEach(url -> urls.add(url.group()));
        }
        assertThat(urls).anyMatch(url -> url.endsWith("/swagger-ui/index.html")).anyMatch(url -> url.endsWith(".yml"));

        for (String url : urls) {
            String path = URI.create(url).getPath();
            if (path.length() <= 1) {
                continue; // the server itself, not a page
            }
            assertThat(answer(path)).as(url).isEqualTo(200);
        }
    }

    @Test
    void every_url_of_the_readme_answers() throws Exception {
        String readme = Files.readString(README);
        Set<String> paths = new LinkedHashSet<>();
        Pattern.compile("localhost:8080(/[^\\s\"'`)]*)").matcher(readme).results().forEach(found -> paths.add(found.group(1)));
        Pattern.compile("`(\\.\\.\\.)?(/[^`\\s]*)`").matcher(readme).results()
                .forEach(found -> paths.add((found.group(1) == null ? "" : "/disputes/$ID") + found.group(2)));
        // What the walkthrough sends with -X POST it ran above; every other URL is read.
        Set<String> posted = new LinkedHashSet<>();
        Pattern.compile("-X POST localhost:8080(/\\S+)").matcher(readme).results().forEach(found -> posted.add(found.group(1)));
        assertThat(posted).containsExactlyInAnyOrder("/disputes/unpaid-claims", "/escalation/runs");
        paths.removeAll(posted);
        assertThat(paths).contains("/swagger-ui/index.html", "/disputes/$ID/letters/$LETTER/pdf",
                "/disputes/$ID/evidence/pack", "/health/readiness", "/prometheus");

        for (String path : paths) {
            String real = path.replace("$ID", disputeId).replace("$LETTER", letterId);
            assertThat(answer(real)).as(path).isEqualTo(200);
        }
    }

    @Test
    void a_client_generated_from_the_served_document_downloads_a_letter_as_sent(@TempDir Path folder) throws Exception {
        // The document as an integrator gets it: from the running server, without a token (public docs).
        HttpResponse<String> document = get("/swagger/amicable-api-1.0.yml", null);
        assertThat(document.statusCode()).isEqualTo(200);
        Path spec = Files.writeString(folder.resolve("amicable-api.yml"), document.body());
        Path sources = folder.resolve("client");
        new DefaultGenerator().opts(new CodegenConfigurator()
                .setGeneratorName("java").setLibrary("native")
                .setInputSpec(spec.toString()).setOutputDir(sources.toString())
                .setInvokerPackage("org.example.amicable").setApiPackage("org.example.amicable.api")
                .setModelPackage("org.example.amicable.model")
                .addAdditionalProperty("useJakartaEe", true).addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("useOneOfDiscriminatorLookup", true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false").addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false").addGlobalProperty("modelDocs", "false")
                .toClientOptInput()).generate();

        try (URLClassLoader client = compile(sources.resolve("src/main/java"), folder.resolve("classes"))) {
            Object apiClient = client.loadClass("org.example.amicable.ApiClient").getConstructor().newInstance();
            call(apiClient, "updateBaseUri", server.getURL().toString());
            Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + TOKEN);
            call(apiClient, "setRequestInterceptor", bearer);
            Object letters = client.loadClass("org.example.amicable.api.LettersApi")
                    .getConstructor(apiClient.getClass()).newInstance(apiClient);

            List<?> listed = (List<?>) call(letters, "letters", disputeId);
            Object letter = call(letters, "letter", disputeId, call(listed.get(0), "getId"));
            Object download = call(letters, "pdfWithHttpInfo", disputeId, letterId);
            byte[] pdf = Files.readAllBytes(((File) call(download, "getData")).toPath());
            @SuppressWarnings("unchecked")
            Map<String, List<String>> headers = (Map<String, List<String>>) call(download, "getHeaders");

            assertThat(call(download, "getStatusCode")).isEqualTo(200);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(headers.get("x-content-sha256")).containsExactly(Timeline.sha256Hex(pdf));
            assertThat(call(letter, "getContentHash")).isEqualTo(Timeline.sha256Hex(pdf));
            // The letter's content is read as its typed schema, chosen by its type.
            Object content = call(call(letter, "getContent"), "getActualInstance");
            assertThat(content.getClass().getSimpleName()).isEqualTo("ReminderContent");
            assertThat(call(content, "getRank")).isEqualTo(1);

            Object disputes = client.loadClass("org.example.amicable.api.DisputesApi")
                    .getConstructor(apiClient.getClass()).newInstance(apiClient);
            List<?> timeline = (List<?>) call(disputes, "timeline", disputeId);
            List<String> events = new ArrayList<>();
            for (Object entry : timeline) {
                events.add(call(call(entry, "getEvent"), "getActualInstance").getClass().getSimpleName());
            }
            assertThat(events).startsWith("ClaimOpenedEvent").contains("LetterIssuedEvent", "LetterSentEvent");
        }
    }

    /** Compiles the generated client against the test class path and loads it beside the tests' classes. */
    private static URLClassLoader compile(Path sources, Path classes) throws Exception {
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).map(Path::toString).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        Files.createDirectories(classes);
        String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "-nowarn",
                "-proc:none", "--release", "17"));
        arguments.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocumentedApiTest.class.getClassLoader());
    }

    /** Calls the public method of that name and arity. */
    private static Object call(Object target, String name, Object... arguments) throws Exception {
        Method method = Arrays.stream(target.getClass().getMethods())
                .filter(candidate -> candidate.getName().equals(name) && candidate.getParameterCount() == arguments.length)
                .findFirst().orElseThrow(() -> new AssertionError(target.getClass() + " has no " + name));
        return method.invoke(target, arguments);
    }

    /** The status of a GET: the documentation without a token, anything else with one where it needs one. */
    private int answer(String path) throws Exception {
        HttpResponse<String> anonymous = get(path, null);
        boolean documentation = path.startsWith("/swagger");
        if (anonymous.statusCode() == 401 && !documentation) {
            return get(path, TOKEN).statusCode();
        }
        return anonymous.statusCode();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
