package org.amicable.dispute.adapter.web.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Reads the few shapes of {@code ${...}} the templates are made of without OGNL: a variable, a record's
 * component ({@code line.text}), a map's entry ({@code words['office.refused']}), {@code isEmpty()}, {@code ==} and
 * {@code !=} between texts, {@code !}, {@code and}, {@code or}. OGNL builds a context, checks its access rules and
 * introspects the map's class for an indexed property on every read; a page evaluates about two hundred of
 * these. Whatever is not one of these shapes, or meets a value they do not cover (a map read as {@code m.key},
 * a number compared), is OGNL's, so that every expression means what OGNL says it means.
 */
final class PlainExpressions implements IStandardVariableExpressionEvaluator {

    /** The context's variables OGNL resolves by rules of its own (request, session, application). */
    private static final Set<String> OGNL_NAMES = Set.of("param", "session", "application", "request", "response",
            "execInfo", "root", "this", "context", "vars", "locale");
    /** Expressions come from the templates: a bound beyond their number keeps a dynamic one from growing the map. */
    private static final int MAX_CACHED = 2_000;

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Optional<Read>> compiled = new ConcurrentHashMap<>();

    PlainExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext execution) {
        if (expression.getUseSelectionAsRoot() || execution.getPerformTypeConversion()
                || execution.getRestrictVariableAccess() || execution.getRestrictInstantiationAndStatic()) {
            return ognl.evaluate(context, expression, execution);
        }
        Optional<Read> read = compiled(expression.getExpression());
        if (read.isPresent()) {
            try {
                return read.get().value(context);
            } catch (NotPlain other) {
                // A value outside the plain shapes: OGNL's rules decide.
            }
        }
        return ognl.evaluate(context, expression, execution);
    }

    private Optional<Read> compiled(String expression) {
        Optional<Read> read = compiled.get(expression);
        if (read == null) {
            read = Parser.parse(expression);
            if (compiled.size() < MAX_CACHED) {
                compiled.put(expression, read);
            }
        }
        return read;
    }

    /** A compiled expression. */
    interface Read {
        Object value(IExpressionContext context);
    }

    /** A value the plain reading does not cover: OGNL reads the expression instead. */
    static final class NotPlain extends RuntimeException {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * {@code or := and ('or' and)*}, {@code and := equality ('and' equality)*},
     * {@code equality := unary (('==' | '!=') unary)?}, {@code unary := '!' unary | primary},
     * {@code primary := 'text' | null | true | false | name ('.' name | '.isEmpty()' | '[' 'text' ']')*};
     * and and or give back an operand, as OGNL's do.
     */
    private static final class Parser {

        private final String text;
        private int at;

        private Parser(String text) {
            this.text = text;
        }

        static Optional<Read> parse(String expression) {
            try {
                Parser parser = new Parser(expression);
                Read read = parser.or();
                parser.skipSpaces();
                return parser.at == expression.length() ? Optional.of(read) : Optional.empty();
            } catch (IllegalArgumentException notPlain) {
                return Optional.empty();
            }
        }

        private Read or() {
            Read left = and();
            while (word("or")) {
                Read first = left;
                Read second = and();
                left = context -> {
                    Object value = first.value(context);
                    return truth(value) ? value : second.value(context);
                };
            }
            return left;
        }

        private Read and() {
            Read left = equality();
            while (word("and")) {
                Read first = left;
                Read second = equality();
                left = context -> {
                    Object value = first.value(context);
                    return truth(value) ? second.value(context) : value;
                };
            }
            return left;
        }

        private Read equality() {
            Read left = unary();
            skipSpaces();
            boolean equal = text.startsWith("==", at);
            if (!equal && !text.startsWith("!=", at)) {
                return left;
            }
            at += 2;
            Read right = unary();
            return context -> equal == same(left.value(context), right.value(context));
        }

        private Read unary() {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == '!' && !text.startsWith("!=", at)) {
                at++;
                Read operand = unary();
                return context -> !truth(operand.value(context));
            }
            return primary();
        }

        private Read primary() {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == '\'') {
                String literal = quoted();
                return context -> literal;
            }
            String name = identifier();
            if (name.equals("null")) {
                return context -> null;
            }
            if (name.equals("true") || name.equals("false")) {
                Boolean value = Boolean.valueOf(name);
                return context -> value;
            }
            if (OGNL_NAMES.contains(name) || name.equals("and") || name.equals("or")) {
                throw new IllegalArgumentException(name);
            }
            List<Step> steps = new ArrayList<>();
            while (at < text.length()) {
                char next = text.charAt(at);
                if (next == '.') {
                    at++;
                    String member = identifier();
                    if (text.startsWith("()", at)) {
                        at += 2;
                        steps.add(method(member));
                    } else {
                        steps.add(target -> component(target, member));
                    }
                } else if (next == '[') {
                    at++;
                    skipSpaces();
                    String key = quoted();
                    skipSpaces();
                    expect(']');
                    steps.add(target -> entry(target, key));
                } else {
                    break;
                }
            }
            Step[] chain = steps.toArray(Step[]::new);
            return context -> {
                Object value = context.getVariable(name);
                for (Step step : chain) {
                    value = step.apply(value);
                }
                return value;
            };
        }

        private static Step method(String name) {
            if (!name.equals("isEmpty")) {
                throw new IllegalArgumentException(name);
            }
            return target -> {
                if (target instanceof String text) {
                    return text.isEmpty();
                }
                if (target instanceof Collection<?> collection) {
                    return collection.isEmpty();
                }
                if (target instanceof Map<?, ?> map) {
                    return map.isEmpty();
                }
                throw NotPlain.INSTANCE;
            };
        }

        private String identifier() {
            skipSpaces();
            int start = at;
            while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at))
                    && (at > start || Character.isJavaIdentifierStart(text.charAt(at))))) {
                at++;
            }
            if (at == start) {
                throw new IllegalArgumentException(text);
            }
            return text.substring(start, at);
        }

        private String quoted() {
            expect('\'');
            int end = text.indexOf('\'', at);
            if (end < 0) {
                throw new IllegalArgumentException(text);
            }
            String literal = text.substring(at, end);
            if (literal.indexOf('\\') >= 0) {
                throw new IllegalArgumentException(text);
            }
            at = end + 1;
            return literal;
        }

        private void expect(char expected) {
            if (at >= text.length() || text.charAt(at) != expected) {
                throw new IllegalArgumentException(text);
            }
            at++;
        }

        /** Whether the next token is the operator word: a whole word, followed by a space. */
        private boolean word(String operator) {
            skipSpaces();
            int end = at + operator.length();
            if (text.startsWith(operator, at) && end < text.length() && text.charAt(end) == ' ') {
                at = end;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }

    /** One step along a path: a component or an entry. */
    private interface Step {
        Object apply(Object target);
    }

    private static Object component(Object target, String name) {
        if (target instanceof Record) {
            var accessor = RecordProperties.accessor(target.getClass(), name);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException("cannot read " + name + " of " + target.getClass().getSimpleName(), e);
                }
            }
        }
        throw NotPlain.INSTANCE;
    }

    private static Object entry(Object target, String key) {
        if (target instanceof Map<?, ?> map) {
            return map.get(key);
        }
        throw NotPlain.INSTANCE;
    }

    /** OGNL's truth for the values the plain shapes meet: a Boolean, or null for false. */
    private static boolean truth(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw NotPlain.INSTANCE;
    }

    /** OGNL's equality for texts and null; anything else is compared by OGNL's conversions. */
    private static boolean same(Object left, Object right) {
        if (left == null || right == null) {
            return left == right;
        }
        if (left instanceof String && right instanceof String) {
            return left.equals(right);
        }
        throw NotPlain.INSTANCE;
    }
}
