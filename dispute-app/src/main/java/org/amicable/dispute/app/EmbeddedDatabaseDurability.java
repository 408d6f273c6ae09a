package org.amicable.dispute.app;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded H2 file database durable against a killed process, whatever URL it was given.
 *
 * <p>H2 keeps the last commits in memory for up to half a second before writing them (its write
 * delay): a process killed meanwhile loses commits it had already acknowledged. With
 * {@code WRITE_DELAY=0} each commit reaches the operating system before it is acknowledged, which
 * survives a killed process (not a power cut: that is PostgreSQL's job). And H2 must not close itself
 * at JVM exit while a graceful shutdown still records the letters just sent
 * ({@code DB_CLOSE_ON_EXIT=FALSE}): the application closes the pool when it is done.
 *
 * <p>And H2 must not compact its file: a compaction interrupted by the end of the process (at close, or
 * in the background) was seen to leave a file H2 could not open again ("File corrupted while reading
 * record"), after a kill and even after a graceful stop. {@code MAX_COMPACT_TIME=0} and
 * {@code AUTO_COMPACT_FILL_RATE=0} turn it off: the file reuses its free space but never shrinks.
 *
 * <p>A URL that sets any of these on purpose is left as it is, with a warning if it gives up durability.
 */
@Singleton
final class EmbeddedDatabaseDurability implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseDurability.class);
    private static final Pattern WRITE_DELAY = Pattern.compile(";WRITE_DELAY=(\\d+)", Pattern.CASE_INSENSITIVE);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null) {
            configuration.setUrl(durable(url));
        }
        return configuration;
    }

    /** The URL with the settings that keep acknowledged commits, for an H2 database on disk; else unchanged. */
    static String durable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:") || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")) {
            return url;
        }
        String result = url;
        Matcher delay = WRITE_DELAY.matcher(url);
        if (!delay.find()) {
            result += ";WRITE_DELAY=0";
        } else if (!"0".equals(delay.group(1))) {
            LOG.warn("The H2 URL sets WRITE_DELAY={}: commits acknowledged in the last {} ms are lost if the process"
                    + " is killed. Remove the setting to keep every acknowledged write.", delay.group(1), delay.group(1));
        }
        if (!lower.contains(";db_close_on_exit=")) {
            result += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!lower.contains(";max_compact_time=")) {
            result += ";MAX_COMPACT_TIME=0";
        }
        if (!lower.contains(";auto_compact_fill_rate=")) {
            result += ";AUTO_COMPACT_FILL_RATE=0";
        }
        return result;
    }
}
