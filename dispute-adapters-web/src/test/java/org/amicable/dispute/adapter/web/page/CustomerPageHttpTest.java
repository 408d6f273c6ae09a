package org.amicable.dispute.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's page over HTTP, on the in-memory domain: the page of a valid link, the same 404 for
 * every wrong one, forms refused without their token, and refused fields answered beside the field
 * with what was typed kept.
 */
@MicronautTest
class CustomerPageHttpTest {

    static final String MANAGER = "manager-token";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CustomerLinkTokens links;

    String claim;
    String page;

    @BeforeEach
    void aClaimAndItsLink() {
        String reference = "PAGE-" + System.nanoTime();
        HttpResponse<String> opened = http.toBlocking().exchange(HttpRequest.POST("/disputes/unpaid-claims", """
                {"customer":{"reference":"%s","name":"Dupont SARL","kind":"BUSINESS",
                 "address":{"lines":["12 rue de la Paix"],"postalCode":"75002","city":"Paris","country":"FR"},
                 "language":"FR"},
                 "invoice":{"number":"INV-%s","issueDate":"2025-12-15","dueDate":"2026-01-15",
                            "amount":{"amount":"1234.56","currency":"EUR"}}}""".formatted(reference, reference))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(MANAGER), String.class);
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(opened.body());
        assertThat(id.find()).isTrue();
        claim = id.group(1);
        page = "/c/" + links.token(reference, LocalDate.of(2026, 6, 1));
    }

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""))
                    .headers(headers -> e.getResponse().getHeaders().forEach((name, values) ->
                            values.forEach(value -> headers.add(name, value))));
        }
    }

    private String formToken() {
        Matcher form = Pattern.compile("name=\"form\" value=\"([^\"]+)\"").matcher(exchange(HttpRequest.GET(page)).body());
        assertThat(form.find()).isTrue();
        return form.group(1);
    }

    @Test
    void the_page_shows_the_invoice_and_its_sums_with_its_security_headers() {
        HttpResponse<String> answer = exchange(HttpRequest.GET(page));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.body()).contains("Dupont SARL", "Facture INV-", "1\u00A0234,56\u00A0EUR",
                "Pénalités de retard au taux de");
        assertThat(answer.getHeaders().get("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(answer.getHeaders().get("Cache-Control")).isEqualTo("no-store");
        assertThat(exchange(HttpRequest.GET(page + "?lang=en")).body()).contains("Invoice INV-", "1,234.56\u00A0EUR");
    }

    @Test
    void every_wrong_link_answers_the_same_404_naming_nobody() {
        String token = page.substring(3);
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String wrong : new String[] {"/c/" + tampered, "/c/nothing", "/c/" + token + "/disputes/" + claim
                + "/letters/019cadc6-9a80-7000-8000-000000000001"}) {
            HttpResponse<String> answer = exchange(HttpRequest.GET(wrong));
            assertThat(answer.code()).as(wrong).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Dupont", "INV-");
        }
    }

    @Test
    void a_form_without_its_token_is_refused_and_changes_nothing() {
        HttpResponse<String> answer = exchange(HttpRequest.POST(page + "/claims/" + claim + "/paid",
                "paidOn=2026-03-01&reference=VIR-1").contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(answer.code()).isEqualTo(403);
        assertThat(exchange(HttpRequest.GET("/disputes/" + claim + "/timeline").bearerAuth(MANAGER)).body())
                .doesNotContain("payment-declared");
    }

    @Test
    void refused_fields_are_answered_beside_the_field_with_what_was_typed() {
        HttpResponse<String> answer = exchange(HttpRequest.POST(page + "/claims/" + claim + "/paid",
                "form=" + formToken() + "&paidOn=yesterday&reference=VIR-42")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("une date au format AAAA-MM-JJ.", "value=\"VIR-42\"",
                "value=\"yesterday\"");
    }

    @Test
    void a_contest_with_a_file_that_is_no_pdf_png_or_jpeg_is_refused_beside_it_and_one_with_a_pdf_opens_a_grievance() {
        MultipartBody refused = MultipartBody.builder().addPart("form", formToken()).addPart("cause", "OTHER")
                .addPart("explanation", "Not ours.")
                .addPart("attachment1", "setup.exe", MediaType.APPLICATION_PDF_TYPE,
                        "MZ this is no PDF".getBytes(StandardCharsets.US_ASCII)).build();
        HttpResponse<String> answer = exchange(HttpRequest.POST(page + "/claims/" + claim + "/contest", refused)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        assertThat(answer.code()).isEqualTo(422);
        assertThat(answer.body()).contains("Ce fichier est refusé : is not a PDF, PNG or JPEG file", "Not ours.");

        MultipartBody accepted = MultipartBody.builder().addPart("form", formToken()).addPart("cause", "OTHER")
                .addPart("explanation", "Not ours.")
                .addPart("attachment1", "note.pdf", MediaType.APPLICATION_PDF_TYPE,
                        "%PDF-1.4 a note".getBytes(StandardCharsets.US_ASCII)).build();
        HttpResponse<String> contested = exchange(HttpRequest.POST(page + "/claims/" + claim + "/contest", accepted)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
        // The client follows the redirect (303) to the page, which says what was done.
        assertThat(contested.code()).isEqualTo(200);
        assertThat(contested.body()).contains("Votre réclamation est enregistrée", "Not ours.");
        assertThat(exchange(HttpRequest.GET("/disputes/" + claim).bearerAuth(MANAGER)).body()).contains("heldByGrievance");
    }
}
