package org.amicable.dispute.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview of a kind of letter on sample facts: for managers, sends nothing, bad parameters named. */
@MicronautTest
class TemplatePreviewApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    RecordingLetterSender sender;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http.toBlocking(), json);
    }

    @Test
    void aManagerPreviewsAKindOfLetterOnSampleFactsAndNothingIsSent() {
        String name = URLEncoder.encode("{amount} SARL", StandardCharsets.UTF_8);

        Api.Answer preview = api.get("/templates/FORMAL_NOTICE/preview.pdf?language=EN&customer=CONSUMER&name=" + name,
                Api.MANAGER);

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.contentType()).startsWith("application/pdf");
        assertThat(preview.header("X-Preview")).contains("sample facts");
        assertThat(preview.header(HttpHeaders.CONTENT_DISPOSITION)).contains("preview-formal_notice-en.pdf");
        // The in-memory renderer writes the facts as text: the name as given, the kind, the language.
        assertThat(new String(preview.bytes(), StandardCharsets.UTF_8)).contains("{amount} SARL", "FORMAL_NOTICE");
        assertThat(sender.sent()).isEmpty();
        assertThat(api.get("/templates/RESOLUTION_CONFIRMATION/preview.pdf", Api.MANAGER).status()).isEqualTo(200);
    }

    @Test
    void onlyAManagerMayPreview() {
        DisputeApiTest.assertProblem(api.get("/templates/FORMAL_NOTICE/preview.pdf", Api.INTEGRATION), 403);
        DisputeApiTest.assertProblem(api.get("/templates/FORMAL_NOTICE/preview.pdf", Api.AUDITOR), 403);
    }

    @Test
    void anUnknownKindLanguageOrCustomerOrATooLongNameIsA400() {
        DisputeApiTest.assertProblem(api.get("/templates/LOVE_LETTER/preview.pdf", Api.MANAGER), 400);
        DisputeApiTest.assertProblem(api.get("/templates/FORMAL_NOTICE/preview.pdf?language=DE", Api.MANAGER), 400);
        DisputeApiTest.assertProblem(api.get("/templates/FORMAL_NOTICE/preview.pdf?customer=ROBOT", Api.MANAGER), 400);
        DisputeApiTest.assertProblem(api.get("/templates/FORMAL_NOTICE/preview.pdf?name=" + "x".repeat(201), Api.MANAGER),
                400);
    }
}
