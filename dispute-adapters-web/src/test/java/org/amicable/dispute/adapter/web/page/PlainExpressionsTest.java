package org.amicable.dispute.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;

/**
 * The plain reading of the templates' expressions gives what OGNL gives, on the shapes it reads itself and on
 * those it leaves to OGNL; and it reads the page's shapes itself (else it would save nothing).
 */
class PlainExpressionsTest {

    record Line(String date, String by, String text) {
    }

    private static final Map<String, Object> VARIABLES = new HashMap<>();

    @BeforeAll
    static void variables() {
        new RecordProperties();
        VARIABLES.put("words", Map.of("office.refused", "Rien n'a été changé.", "role.manager", "gestionnaire"));
        VARIABLES.put("role", "manager");
        VARIABLES.put("errors", Map.of("call.note", "Trop long"));
        VARIABLES.put("typed", Map.of("answer.accepted", "yes"));
        VARIABLES.put("failed", "call");
        VARIABLES.put("empty", "");
        VARIABLES.put("tasks", List.of());
        VARIABLES.put("letters", List.of("one"));
        VARIABLES.put("line", new Line("01/02/2026", "", "Relance envoyée"));
        VARIABLES.put("records", true);
        VARIABLES.put("closed", false);
        VARIABLES.put("claim", true);
        VARIABLES.put("count", 3);
        VARIABLES.put("sums", null);
    }

    private final List<String> leftToOgnl = new ArrayList<>();
    private final TemplateEngine ognl = engine(new OGNLVariableExpressionEvaluator(true));
    private final TemplateEngine plain = engine(new PlainExpressions((context, expression, execution) -> {
        leftToOgnl.add(expression.getExpression());
        return new OGNLVariableExpressionEvaluator(true).evaluate(context, expression, execution);
    }));

    @Test
    void reads_the_pages_shapes_without_ognl_and_as_ognl_does() {
        List<String> shapes = List.of("words['office.refused']", "words['office.absent']", "failed",
                "line.text", "line.by.isEmpty()", "!line.by.isEmpty()", "tasks.isEmpty()", "!letters.isEmpty()",
                "errors['call.note'] != null", "errors['call.form'] != null", "failed == 'call'",
                "failed == 'promise'", "typed['answer.accepted'] == 'yes'", "typed['answer.reason'] == 'no'",
                "records and !closed", "!claim and records", "closed and records", "closed or claim",
                "closed or !records", "sums != null", "sums == null", "absent", "!absent", "empty.isEmpty()",
                "true", "null");
        for (String shape : shapes) {
            assertThat(plain(shape)).as(shape).isEqualTo(ognl(shape));
        }
        assertThat(leftToOgnl).isEmpty();
    }

    @Test
    void leaves_every_other_shape_to_ognl_and_gives_its_answer() {
        List<String> others = List.of("words['role.' + role]", "count > 2", "count == 3", "words.size",
                "errors.isEmpty", "line.text.length()", "tasks.size()", "letters[0]", "'a' + failed",
                "failed eq 'call'", "not closed", "count and claim", "!count", "empty or claim",
                "#strings.isEmpty(failed)", "  line . text ", "words['it\\'s']");
        for (String other : others) {
            assertThat(plain(other)).as(other).isEqualTo(ognl(other));
        }
        assertThat(leftToOgnl.stream().distinct()).containsExactlyElementsOf(others);
    }

    @Test
    void a_missing_component_fails_as_ognl_fails() {
        assertThat(ognl("sums.total")).isEqualTo("fails");
        assertThat(plain("sums.total")).isEqualTo("fails");
        assertThat(leftToOgnl).containsExactly("sums.total");
    }

    /** What a page shows of the expression: its text, whether it holds, or the failure. */
    private static String shown(TemplateEngine engine, String expression) {
        String template = "<p th:text=\"${" + expression + "}\"></p><b th:if=\"${" + expression + "}\">holds</b>";
        try {
            return engine.process(template, new Context(Locale.FRANCE, VARIABLES));
        } catch (TemplateEngineException e) {
            return "fails";
        }
    }

    private String plain(String expression) {
        return shown(plain, expression);
    }

    private String ognl(String expression) {
        return shown(ognl, expression);
    }

    private static TemplateEngine engine(IStandardVariableExpressionEvaluator evaluator) {
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(evaluator);
        TemplateEngine engine = new TemplateEngine();
        engine.setDialect(dialect);
        return engine;
    }
}
