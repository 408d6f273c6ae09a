package org.amicable.dispute.adapter.web.page;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.standard.StandardDialect;

/** Gives the template engine {@link PlainExpressions} before its first page, OGNL behind them for the rest. */
@Singleton
final class PlainExpressionsSetup implements BeanCreatedEventListener<TemplateEngine> {

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        for (IDialect dialect : engine.getDialects()) {
            if (dialect instanceof StandardDialect standard) {
                standard.setVariableExpressionEvaluator(new PlainExpressions(standard.getVariableExpressionEvaluator()));
            }
        }
        return engine;
    }
}
