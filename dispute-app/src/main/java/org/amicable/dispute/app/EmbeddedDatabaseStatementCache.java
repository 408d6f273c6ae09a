package org.amicable.dispute.app;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Lets an embedded H2 database keep the statements the application runs parsed, whatever URL it was given.
 *
 * <p>H2 parses a statement again unless its session's cache holds it, and that cache holds 8 statements by
 * default, least recently used first out. Saving a change runs about ten different statements (the dispute,
 * its entry, tasks, report row, movements, the idempotency key): in turn, each pushed out the one run next,
 * so that every statement of every request was parsed again. {@code QUERY_CACHE_SIZE=64} holds them all.
 * A URL that sets it on purpose is left as it is.
 */
@Singleton
final class EmbeddedDatabaseStatementCache implements BeanCreatedEventListener<DatasourceConfiguration> {

    /** How many parsed statements each session keeps: more than the application runs for any request. */
    static final int STATEMENTS = 64;

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null) {
            configuration.setUrl(cached(url));
        }
        return configuration;
    }

    /** The URL with a query cache large enough, for an H2 database in this process; else unchanged. */
    static String cached(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")
                || lower.contains(";query_cache_size=")) {
            return url;
        }
        return url + ";QUERY_CACHE_SIZE=" + STATEMENTS;
    }
}
