package org.amicable.dispute.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.amicable.dispute.adapter.web.page.CustomerLinkTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The customer's page in a real browser (Debian's chromium, headless), over the real application and
 * storage: the link printed on a letter opens his page with the sums; a plan within the limits is agreed
 * on the spot, one beyond them waits for a manager; a contest with a document opens a grievance; each
 * is recorded as his. A tampered or expired link answers 404 and names nobody. The key that signs the
 * links is kept in the database: a link printed before a restart still opens the page after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CustomerPageTest {

    static final String TOKEN = "page-manager-token";
    static final String CUSTOMER = "C-PAGE";

    @TempDir
    Path folders;

    WebDriver browser;
    Map<String, Object> database;
    int port;

    @RegisterExtension
    static final HeadlessBrowser chromium = HeadlessBrowser.phone();

    abstract Databases database();

    @BeforeAll
    void startBrowser() throws IOException {
        browser = chromium.driver();
        database = database().freshDatabase();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    private EmbeddedServer start() throws Exception {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", port);
        properties.put("amicable.customer-page.base-url", "http://localhost:" + port);
        properties.put("amicable.clock.fixed", "2026-03-02T09:00:00Z");
        properties.put("amicable.dispatch.enabled", "false");
        properties.put("amicable.escalation.schedule.enabled", "false");
        properties.put("amicable.erasure.schedule.enabled", "false");
        properties.put("amicable.mail.host", "");
        // Letters to consumers are held while the company's mediator is a placeholder.
        properties.put("amicable.company.mediator-name", "CM2C, médiateur de la consommation");
        properties.put("amicable.mail.pickup-folder", Files.createDirectories(folders.resolve("pickup")).toString());
        properties.put("amicable.mail.print-folder", Files.createDirectories(folders.resolve("print")).toString());
        properties.put("amicable.security.tokens[0].name", "page-manager");
        properties.put("amicable.security.tokens[0].sha256", HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TOKEN.getBytes(StandardCharsets.UTF_8))));
        properties.put("amicable.security.tokens[0].role", "manager");
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    private static BlockingHttpClient client(EmbeddedServer server) {
        return server.getApplicationContext().createBean(HttpClient.class, server.getURL()).toBlocking();
    }

    private static Map<String, Object> post(BlockingHttpClient http, String path, String body) {
        return http.retrieve(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(TOKEN),
                Argument.mapOf(String.class, Object.class));
    }

    private static Map<String, Object> get(BlockingHttpClient http, String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(TOKEN), Argument.mapOf(String.class, Object.class));
    }

    private static String openClaim(BlockingHttpClient http, String invoice, String amount) {
        return (String) post(http, "/disputes/unpaid-claims", """
                {"customer":{"reference":"%s","name":"Oliver Smith","kind":"CONSUMER",
                 "address":{"lines":["8 avenue Foch"],"postalCode":"69006","city":"Lyon","country":"FR"},"language":"EN"},
                 "invoice":{"number":"%s","issueDate":"2026-01-20","dueDate":"2026-02-20",
                 "amount":{"amount":"%s","currency":"EUR"}}}""".formatted(CUSTOMER, invoice, amount)).get("id");
    }

    /** The link the letter's PDF, as it was sent and kept, carries. */
    @SuppressWarnings("unchecked")
    private static String linkOnTheLetter(BlockingHttpClient http, String disputeId) throws IOException {
        List<Map<String, Object>> letters = http.retrieve(HttpRequest.GET("/disputes/" + disputeId + "/letters")
                .bearerAuth(TOKEN), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        byte[] pdf = http.retrieve(HttpRequest.GET("/disputes/" + disputeId + "/letters/" + letters.get(0).get("id") + "/pdf")
                .bearerAuth(TOKEN), byte[].class);
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith("http://localhost:"));
        return links.get(0);
    }

    private static HttpResponse<String> anonymously(BlockingHttpClient http, String path) {
        try {
            return http.exchange(HttpRequest.GET(path), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    private WebElement claimCard(String disputeId) {
        return browser.findElement(By.id("claim-" + disputeId));
    }

    /** Clicks, and waits until the page it leads to is loaded. */
    private void clickAndWait(WebElement element) {
        chromium.leadingToAnotherPage(element::click);
    }

    private void open(WebElement card, String formClass) {
        WebElement form = card.findElement(By.className(formClass));
        if (!form.isDisplayed()) {
            form.findElement(By.xpath("./ancestor::details/summary")).click();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_customer_reads_what_he_owes_and_answers_for_himself_from_the_link_on_his_letter() throws Exception {
        String link;
        String agreed;
        String forManager;
        String contested;
        try (EmbeddedServer server = start()) {
            BlockingHttpClient http = client(server);
            agreed = openClaim(http, "FA-PAGE-1", "600.00");
            forManager = openClaim(http, "FA-PAGE-2", "1200.00");
            contested = openClaim(http, "FA-PAGE-3", "300.00");
            post(http, "/escalation/runs", "{\"date\":\"2026-03-02\"}");
            assertThat(post(http, "/letters/dispatch", "{\"max\":10}").get("sent")).isEqualTo(3);
            link = linkOnTheLetter(http, agreed);

            // The page, as the letter's link opens it: every invoice, its sums, and the letter as sent.
            browser.get(link);
            assertThat(browser.getTitle()).contains("Your account");
            WebElement card = claimCard(agreed);
            assertThat(card.findElement(By.className("total-owed")).getText()).isEqualTo("600.00 EUR");
            assertThat(card.findElement(By.className("charges-why")).getText()).contains("No interest runs before a formal notice");
            assertThat(claimCard(forManager).findElement(By.className("total-owed")).getText()).isEqualTo("1,200.00 EUR");
            assertThat(card.findElements(By.className("letter-pdf"))).hasSize(1);
            String pdfPath = card.findElement(By.className("letter-pdf")).getAttribute("href")
                    .replace("http://localhost:" + port, "");
            HttpResponse<String> pdf = anonymously(http, pdfPath);
            assertThat(pdf.code()).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).startsWith("application/pdf");

            // A wrong number of instalments is shown beside its field, with what was typed kept.
            open(card, "plan-form");
            card.findElement(By.name("instalments")).sendKeys("0");
            card.findElement(By.name("firstDueDate")).sendKeys("03/15/2026");
            clickAndWait(card.findElement(By.cssSelector(".plan-form button")));
            card = claimCard(agreed);
            assertThat(card.findElement(By.id("instalments-error-" + agreed)).getText()).contains("whole number from 1 to 36");
            assertThat(card.findElement(By.name("firstDueDate")).getAttribute("value")).isEqualTo("2026-03-15");

            // Six instalments of 100.00: within the limits, agreed on the spot.
            WebElement count = card.findElement(By.name("instalments"));
            count.clear();
            count.sendKeys("6");
            clickAndWait(card.findElement(By.cssSelector(".plan-form button")));
            assertThat(browser.findElement(By.id("done")).getText()).contains("Your repayment plan is agreed");
            assertThat(claimCard(agreed).findElement(By.className("state-name")).getText()).isEqualTo("Repayment plan running");
            assertThat(claimCard(agreed).findElement(By.className("plan")).getText()).contains("Instalment 6: 100.00 EUR");

            // Twelve instalments: beyond the limits, recorded for a manager, visible on the claim.
            WebElement second = claimCard(forManager);
            open(second, "plan-form");
            second.findElement(By.name("instalments")).sendKeys("12");
            second.findElement(By.name("firstDueDate")).sendKeys("03/15/2026");
            clickAndWait(second.findElement(By.cssSelector(".plan-form button")));
            assertThat(browser.findElement(By.id("done")).getText()).contains("A manager will answer you");
            assertThat(claimCard(forManager).findElement(By.className("proposed")).getText()).contains("Instalment 12: 100.00 EUR");
            Map<String, Object> waiting = get(http, "/disputes/" + forManager);
            assertThat((List<?>) ((Map<String, Object>) waiting.get("claim")).get("proposedPlan")).hasSize(12);
            assertThat((String) waiting.get("nextStep")).contains("a manager decides on the repayment plan");

            // A contest with a photo: a grievance about the invoice, the chase of the claim held.
            Path photo = folders.resolve("delivery.png");
            Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
            WebElement third = claimCard(contested);
            open(third, "contest-form");
            new org.openqa.selenium.support.ui.Select(third.findElement(By.name("cause"))).selectByValue("NON_CONFORMING_ITEM");
            third.findElement(By.name("explanation")).sendKeys("The chairs delivered are not those I ordered.");
            third.findElement(By.name("attachment1")).sendKeys(photo.toAbsolutePath().toString());
            clickAndWait(third.findElement(By.cssSelector(".contest-form button")));
            assertThat(browser.findElement(By.id("done")).getText()).contains("Your complaint is recorded");
            assertThat(browser.findElement(By.className("complaints")).getText())
                    .contains("The chairs delivered are not those I ordered.");
            Map<String, Object> held = get(http, "/disputes/" + contested);
            String grievance = (String) ((Map<String, Object>) held.get("claim")).get("heldByGrievance");
            assertThat(grievance).isNotNull();
            String timeline = http.retrieve(HttpRequest.GET("/disputes/" + grievance + "/timeline").bearerAuth(TOKEN),
                    String.class);
            assertThat(timeline).contains("\"type\":\"grievance-opened\"", "\"type\":\"document-received\"",
                    "\"actor\":{\"kind\":\"customer\",\"name\":\"" + CUSTOMER + "\"");
            assertThat(http.retrieve(HttpRequest.GET("/disputes/" + agreed + "/timeline").bearerAuth(TOKEN), String.class))
                    .contains("\"type\":\"repayment-plan-agreed\"");

            // Every page carries its security headers.
            HttpResponse<String> page = anonymously(http, link.replace("http://localhost:" + port, ""));
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("form-action 'self'");
            assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");

            // A form posted without its form token (from another site) changes nothing.
            HttpResponse<String> forged;
            try {
                forged = http.exchange(HttpRequest.POST(link.replace("http://localhost:" + port, "") + "/claims/"
                        + forManager + "/paid", "paidOn=2026-03-01&reference=X").contentType(
                        MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
            } catch (HttpClientResponseException e) {
                forged = (HttpResponse<String>) e.getResponse();
            }
            assertThat(forged.code()).isEqualTo(403);

            // A tampered link, and one that expired yesterday, answer 404 and name nobody.
            String token = link.substring(link.lastIndexOf('/') + 1);
            String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);
            String expired = server.getApplicationContext().getBean(CustomerLinkTokens.class)
                    .token(CUSTOMER, LocalDate.of(2026, 3, 1));
            for (String wrong : List.of(tampered, expired, "nothing-at-all")) {
                HttpResponse<String> answer = anonymously(http, "/c/" + wrong);
                assertThat(answer.code()).as(wrong).isEqualTo(404);
                assertThat(answer.body()).doesNotContain("Oliver", "Smith", CUSTOMER, "FA-PAGE");
                browser.get("http://localhost:" + port + "/c/" + wrong);
                assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("Page introuvable", "Page not found");
            }
        }

        // The key that signs the links is kept in the database: the printed link still works after a restart.
        try (EmbeddedServer restarted = start()) {
            browser.get(link);
            assertThat(claimCard(agreed).findElement(By.className("state-name")).getText()).isEqualTo("Repayment plan running");
            clickAndWait(browser.findElement(By.id("switch-language")));
            assertThat(claimCard(forManager).findElement(By.className("total-owed")).getText()).isEqualTo("1 200,00 EUR");
        }
    }
}
