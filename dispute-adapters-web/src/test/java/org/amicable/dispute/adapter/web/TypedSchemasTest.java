package org.amicable.dispute.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amicable.dispute.domain.model.ClaimState;
import org.amicable.dispute.domain.model.EventFormat;
import org.amicable.dispute.domain.model.GrievanceState;
import org.amicable.dispute.domain.model.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Events and letter contents are typed in the OpenAPI document: one schema per stable type name, chosen by
 * {@code type}; every entry of the golden corpus, as the API serves it, conforms to them field by field.
 */
@MicronautTest
class TypedSchemasTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    Map<String, Object> servedDocument() {
        Api.Answer answer = new Api(http.toBlocking(), json).get("/swagger/" + ApiDefinition.SPEC, Api.AUDITOR);
        assertThat(answer.status()).isEqualTo(200);
        return new Yaml().load(answer.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyStoredEventTypeHasItsSchemaChosenByType() {
        SchemaCheck schemas = new SchemaCheck(servedDocument());
        Map<String, Object> event = schemas.resolve(EventSchemas.EVENT);
        Map<String, Object> discriminator = (Map<String, Object>) event.get("discriminator");

        assertThat(discriminator).containsEntry("propertyName", "type");
        assertThat(((Map<String, Object>) discriminator.get("mapping")).keySet())
                .containsExactlyInAnyOrderElementsOf(EventFormat.types().stream().map(EventFormat.EventType::name).toList());
        assertThat((List<Object>) event.get("oneOf")).hasSize(EventFormat.types().size());
        Map<String, Object> content = schemas.resolve(EventSchemas.CONTENT);
        assertThat(((Map<String, Object>) ((Map<String, Object>) content.get("discriminator")).get("mapping")).keySet())
                .containsExactlyInAnyOrder("reminder", "formal-notice", "mediation-referral", "repayment-plan-confirmation",
                        "grievance-acknowledgment", "proposal", "agreement-confirmation", "resolution-confirmation");
    }

    @Test
    void everyEntryOfTheCorpusAsServedConformsToItsSchema() throws IOException {
        SchemaCheck schemas = new SchemaCheck(servedDocument());
        Set<String> eventTypes = new TreeSet<>();
        Set<String> contentTypes = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String story : EventWordsTest.STORIES) {
            String[] lines = read("/golden/" + story + "/timeline.jsonl").split("\n");
            String[] hashes = read("/golden/" + story + "/hashes.txt").split("\n");
            for (int i = 0; i < lines.length; i++) {
                Responses.TimelineEntry served = Mapping.entry(TimelineEntry.read(lines[i], hashes[i]));
                Map<String, Object> entry = json.readValue(json.writeValueAsBytes(served),
                        Argument.mapOf(String.class, Object.class));
                problems.addAll(schemas.problems(entry, "TimelineEntry").stream()
                        .map(problem -> story + " #" + served.sequence() + ": " + problem).toList());
                eventTypes.add(served.type());
                if (served.type().equals("letter-issued")) {
                    contentTypes.add(String.valueOf(((Map<?, ?>) ((Map<?, ?>) served.event().get("letter")).get("content"))
                            .get("type")));
                }
            }
        }

        assertThat(problems).isEmpty();
        assertThat(eventTypes).hasSize(EventFormat.types().size());
        assertThat(contentTypes).contains("reminder", "formal-notice", "mediation-referral", "grievance-acknowledgment",
                "proposal", "agreement-confirmation", "resolution-confirmation");
    }

    @Test
    void aValueTheSchemaDoesNotDeclareIsCaught() {
        SchemaCheck schemas = new SchemaCheck(servedDocument());
        Map<String, Object> settled = Map.of("type", "settled", "on", "2026-03-01");

        assertThat(schemas.problems(settled, "Event")).isEmpty();
        assertThat(schemas.problems(Map.of("type", "settled", "on", "2026-03-01", "amount", "1"), "Event"))
                .containsExactly("$<settled>.amount is not a property the schema declares");
        assertThat(schemas.problems(Map.of("type", "settled"), "Event"))
                .containsExactly("$<settled>.on is required but absent");
        assertThat(schemas.problems(Map.of("type", "paid", "on", "2026-03-01"), "Event"))
                .containsExactly("$.type = paid is not in the discriminator's mapping");
    }

    @Test
    void everyJsonAnswerOfTheApiConformsToItsDocumentedSchema() {
        Map<String, Object> document = servedDocument();
        SchemaCheck schemas = new SchemaCheck(document);
        Api api = new Api(http.toBlocking(), json);
        String claim = api.openClaim("SCHEMA-1");
        String grievance = api.openGrievance("SCHEMA-2");
        Api.Answer run = api.post("/escalation/runs", "{\"date\":\"2026-03-02\"}", Api.MANAGER);
        Api.Answer dispatch = api.post("/letters/dispatch", "{\"max\":100}", Api.MANAGER);
        assertThat(schemas.problems(run.map(), documented(document, "post", "/escalation/runs"))).isEmpty();
        assertThat(schemas.problems(dispatch.map(), documented(document, "post", "/letters/dispatch"))).isEmpty();
        String letter = (String) ((Map<?, ?>) api.get("/disputes/" + claim + "/letters", Api.MANAGER).list().get(0)).get("id");

        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("/disputes?customer=SCHEMA-1", "/disputes");
        for (String id : List.of(claim, grievance)) {
            reads.put("/disputes/" + id, "/disputes/{id}");
            reads.put("/disputes/" + id + "/timeline", "/disputes/{id}/timeline");
            reads.put("/disputes/" + id + "/letters", "/disputes/{id}/letters");
            reads.put("/disputes/" + id + "/evidence", "/disputes/{id}/evidence");
        }
        reads.put("/disputes/" + claim + "/letters/" + letter, "/disputes/{id}/letters/{letterId}");
        reads.put("/escalation/preview?date=2026-04-15", "/escalation/preview");
        reads.put("/letters/troubled", "/letters/troubled");
        for (Map.Entry<String, String> read : reads.entrySet()) {
            Api.Answer answer = api.get(read.getKey(), Api.MANAGER);
            assertThat(answer.status()).as(read.getKey()).isEqualTo(200);
            Object body = answer.body().startsWith("[") ? answer.list() : answer.map();
            assertThat(schemas.problems(body, documented(document, "get", read.getValue()))).as(read.getKey()).isEmpty();
        }
    }

    /** The schema of an operation's JSON answer 200, as documented. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> documented(Map<String, Object> document, String method, String path) {
        Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                .get("paths")).get(path)).get(method);
        Map<String, Object> ok = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get("200");
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ok.get("content"))
                .get("application/json")).get("schema");
    }

    @Test
    @SuppressWarnings("unchecked")
    void statesAreEnumsOfBothTracks() {
        SchemaCheck schemas = new SchemaCheck(servedDocument());
        Set<String> states = Stream.concat(Arrays.stream(ClaimState.values()), Arrays.stream(GrievanceState.values()))
                .map(Enum::name).collect(Collectors.toSet());

        for (String[] property : new String[][] {{"Dispute", "state"}, {"DisputeSummary", "state"},
                {"EscalationAction", "stateAfter"}}) {
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) schemas.resolve(
                    "#/components/schemas/" + property[0]).get("properties")).get(property[1]);
            assertThat((List<String>) schema.get("enum")).as(String.join(".", property))
                    .containsExactlyInAnyOrderElementsOf(states);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReferenceOfTheDocumentResolves() {
        Map<String, Object> document = servedDocument();
        SchemaCheck schemas = new SchemaCheck(document);
        Matcher ref = Pattern.compile("\\$ref=(#/components/schemas/[^,}\\]]+)").matcher(document.toString());
        int refs = 0;
        while (ref.find()) {
            assertThat(schemas.resolve(ref.group(1))).isNotNull();
            refs++;
        }
        assertThat(refs).isGreaterThan(100);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Objects.requireNonNull(TypedSchemasTest.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
