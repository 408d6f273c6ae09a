package org.amicable.dispute.adapter.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
