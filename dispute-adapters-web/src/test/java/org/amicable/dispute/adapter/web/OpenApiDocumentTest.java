package org.amicable.dispute.adapter.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document lists every route the server exposes, with its schemas and error responses. */
@MicronautTest
class OpenApiDocumentTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    Router router;

    @SuppressWarnings("unchecked")
    Map<String, Object> servedDocument() {
        Api.Answer answer = new Api(http.toBlocking(), json).get("/swagger/" + ApiDefinition.SPEC, Api.AUDITOR);
        assertThat(answer.status()).isEqualTo(200);
        return new Yaml().load(answer.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryRouteOfTheServer() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) servedDocument().get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        Set<String> served = router.uriRoutes()
                .filter(route -> route.getTargetMethod().getDeclaringType().getPackageName()
                        .equals(ApiDefinition.class.getPackageName()))
                // Micronaut answers HEAD for every GET by itself; OpenAPI documents the GET.
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .map(route -> route.getHttpMethodName() + " "
                        + route.getUriMatchTemplate().toString().replaceAll("\\{\\?[^}]*}", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).hasSizeGreaterThan(30);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChangeDocumentsItsBodyAndItsErrors() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) servedDocument().get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path).containsKeys("400", "401", "403", "404");
            assertThat(responses.keySet()).as(method + " " + path).anyMatch(code -> code.startsWith("2"));
            if (method.equals("post")) {
                assertThat(operation).as(method + " " + path).containsKey("requestBody");
                assertThat(responses).as(method + " " + path).containsKeys("409", "412", "413", "415", "422");
            }
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsAreBinaryWithTheirMediaTypes() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) servedDocument().get("paths");
        Map<String, Set<String>> binaries = new TreeMap<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            List<Map<String, Map<String, Object>>> contents = new ArrayList<>();
            ((Map<String, Map<String, Object>>) operation.get("responses")).values()
                    .forEach(response -> contents.add((Map<String, Map<String, Object>>) response.get("content")));
            Optional.ofNullable((Map<String, Object>) operation.get("requestBody"))
                    .ifPresent(body -> contents.add((Map<String, Map<String, Object>>) body.get("content")));
            contents.stream().filter(Objects::nonNull).forEach(content -> content.forEach((type, media) -> {
                if (!type.endsWith("json")) {
                    assertThat((Map<String, Object>) media.get("schema")).as(method + " " + path + " " + type)
                            .containsEntry("type", "string").containsEntry("format", "binary");
                    binaries.computeIfAbsent(method.toUpperCase(Locale.ROOT) + " " + path, key -> new TreeSet<>()).add(type);
                }
            }));
        }));

        assertThat(binaries).containsEntry("GET /disputes/{id}/letters/{letterId}/pdf", Set.of("application/pdf"))
                .containsEntry("GET /disputes/{id}/letters/{letterId}/preview.pdf", Set.of("application/pdf"))
                .containsEntry("GET /disputes/{id}/letters/{letterId}/email", Set.of("message/rfc822"))
                .containsEntry("GET /disputes/{id}/letters/{letterId}/scan", Set.of("application/pdf", "image/png", "image/jpeg"))
                .containsEntry("PUT /disputes/{id}/letters/{letterId}/scan",
                        Set.of("application/pdf", "image/png", "image/jpeg", "application/octet-stream"))
                .containsEntry("GET /disputes/{id}/evidence/pack", Set.of("application/zip"))
                .containsEntry("GET /disputes/{id}/evidence/document", Set.of("text/html"));
        assertThat(new Api(http.toBlocking(), json).get("/swagger/" + ApiDefinition.SPEC, Api.AUDITOR).body())
                .doesNotContain("format: byte");
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsTheHeadersOfChangesAndDocuments() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) servedDocument().get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method + " " + path;
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            Set<String> headerParameters = parameters.stream().filter(parameter -> "header".equals(parameter.get("in")))
                    .peek(parameter -> assertThat((String) parameter.get("description")).as(where + " " + parameter)
                            .isNotBlank())
                    .map(parameter -> (String) parameter.get("name")).collect(Collectors.toSet());
            responses.forEach((code, response) -> {
                if (!code.startsWith("2")) {
                    return;
                }
                Map<String, Object> headers = (Map<String, Object>) response.getOrDefault("headers", Map.of());
                boolean dispute = String.valueOf(response.get("content")).contains("#/components/schemas/Dispute}");
                if (dispute) {
                    assertThat(headers).as(where + " answers a dispute with its version").containsKey("ETag");
                }
                if (!method.equals("get")) {
                    assertThat(headerParameters).as(where).contains(IdempotentRequests.HEADER);
                    assertThat(headers).as(where + " may be a replay").containsKey(IdempotentRequests.REPLAYED);
                }
            });
            if (headerParameters.contains("If-Match")) {
                assertThat(responses).as(where).containsKey("412");
            }
        }));

        Map<String, Object> opened = (Map<String, Object>) paths.get("/disputes/unpaid-claims").get("post").get("responses");
        assertThat(opened).containsKey("201").doesNotContainKey("200");
        assertThat((Map<String, Object>) ((Map<String, Object>) opened.get("201")).get("headers"))
                .containsKeys("Location", "ETag");
        assertThat((Map<String, Object>) paths.get("/disputes/grievances").get("post").get("responses"))
                .containsKey("201").doesNotContainKey("200");
        for (String document : List.of("pdf", "email", "scan")) {
            Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) paths
                    .get("/disputes/{id}/letters/{letterId}/" + document).get("get").get("responses")).get("200");
            assertThat((Map<String, Object>) ok.get("headers")).as(document).containsKey(LetterController.CONTENT_SHA256);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadersDocumentedAsRequiredAreSent() {
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) servedDocument().get("paths");
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) paths
                .get("/disputes/unpaid-claims").get("post").get("responses");
        Map<String, Map<String, Object>> created = (Map<String, Map<String, Object>>) responses.get("201").get("headers");

        Api api = new Api(http.toBlocking(), json);
        Api.Answer answer = api.post("/disputes/unpaid-claims", Api.unpaidClaim("DOC-1", "INV-DOC-1"), Api.MANAGER);

        assertThat(answer.status()).isEqualTo(201);
        created.forEach((name, header) -> {
            if (Boolean.TRUE.equals(header.get("required"))) {
                assertThat(answer.header(name)).as(name).isNotBlank();
            }
        });
        assertThat(answer.header("Location")).isEqualTo("/disputes/" + answer.map().get("id"));
    }

    @Test
    void servesTheSwaggerUi() {
        Api api = new Api(http.toBlocking(), json);
        Api.Answer page = api.get(ApiDefinition.UI + "/index.html", Api.MANAGER);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ApiDefinition.SPEC);
        // Every asset the page loads is served too.
        java.util.regex.Matcher asset = java.util.regex.Pattern.compile("contextPath \\+ \"(/swagger-ui/[^\"]+)\"")
                .matcher(page.body());
        int assets = 0;
        while (asset.find()) {
            assertThat(api.get(asset.group(1), Api.MANAGER).status()).as(asset.group(1)).isEqualTo(200);
            assets++;
        }
        assertThat(assets).isGreaterThanOrEqualTo(3);
        assertThat(new Api(http.toBlocking(), json).get("/swagger/../application-test.yml", Api.MANAGER).status())
                .isIn(400, 404);
    }
}
