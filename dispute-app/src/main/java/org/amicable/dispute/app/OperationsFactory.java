package org.amicable.dispute.app;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.amicable.dispute.adapter.mail.MailSettings;
import org.amicable.dispute.adapter.web.ApiDefinition;
import org.amicable.dispute.adapter.persistence.JdbcDisputeSummaries;
import org.amicable.dispute.domain.model.DisputeState;
import org.amicable.dispute.domain.model.LetterStatus;
import org.amicable.dispute.domain.model.Track;
import org.amicable.dispute.domain.port.out.LetterOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What an operator sees: the outbox in the metrics, and where everything is, logged at start. */
@Factory
final class OperationsFactory {

    private static final Logger LOG = LoggerFactory.getLogger("amicable");

    /** The one key of the dispute counts' cache: they are read all at once. */
    private static final String ALL_DISPUTES = "all";

    /** The outbox is looked up lazily: the datasource's own metrics need the registry first. */
    @Singleton
    MeterBinder outboxMetrics(BeanProvider<LetterOutbox> outbox, java.time.Clock clock) {
        return registry -> {
            for (LetterStatus status : LetterStatus.values()) {
                // A gauge holds its object weakly unless told otherwise: a collected one reads NaN.
                Gauge.builder("amicable.letters", outbox, box -> box.get().counts().getOrDefault(status.name(), 0L))
                        .tag("status", status.name().toLowerCase())
                        .description("Letters in the outbox, by status")
                        .strongReference(true)
                        .register(registry);
            }
            // Zero when nothing waits: an alert on this age fires when letters stop going out.
            Gauge.builder("amicable.letters.oldest.pending.age", outbox, box -> box.get().oldestPendingSince()
                            .map(since -> Math.max(0, java.time.Duration.between(since, clock.instant()).toMillis() / 1000.0))
                            .orElse(0.0))
                    .description("How long the oldest letter still waiting to go out has waited")
                    .baseUnit("seconds")
                    .strongReference(true)
                    .register(registry);
        };
    }

    /** Disputes by track and state, read at most every 30 seconds (by default) however often the metrics are scraped. */
    @Singleton
    MeterBinder disputeMetrics(BeanProvider<JdbcDisputeSummaries> disputes,
            @Value("${amicable.metrics.dispute-counts-max-age:30s}") java.time.Duration maxAge) {
        return registry -> {
            LoadingCache<String, java.util.Map<DisputeState, Long>> counts = Caffeine.newBuilder().expireAfterWrite(maxAge)
                    .build(all -> disputes.get().countByTrackAndState());
            for (Track track : Track.values()) {
                for (DisputeState state : DisputeState.of(track)) {
                    Gauge.builder("amicable.disputes", counts, c -> c.get(ALL_DISPUTES).getOrDefault(state, 0L))
                            .tag("track", track.name().toLowerCase()).tag("state", state.name().toLowerCase())
                            .description("Disputes by track and state")
                            .strongReference(true)
                            .register(registry);
                }
            }
        };
    }

    /** The time of the last complete escalation run, so that an alert can fire when the daily run stops happening. */
    @Singleton
    MeterBinder escalationMetrics(BeanProvider<MeteredEscalation> escalation) {
        return registry -> Gauge.builder("amicable.escalation.last.success", escalation,
                        runs -> runs.get().lastSuccessSeconds())
                .description("When the last complete escalation run ended (seconds since the epoch; 0: none yet)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    @Singleton
    ApplicationEventListener<ServerStartupEvent> whereEverythingIs(MailSettings mail,
            @Value("${datasources.default.url}") String databaseUrl,
            @Value("${amicable.web.public-docs:false}") boolean publicDocs) {
        return event -> {
            String url = event.getSource().getURL().toString();
            LOG.info("Amicable is up at {}", url);
            LOG.info("API documentation: {}{}/index.html, the OpenAPI document at {}{}/{} ({})", url, ApiDefinition.UI,
                    url, ApiDefinition.DOCUMENTS, ApiDefinition.SPEC, publicDocs ? "public"
                            : "with an API token; amicable.web.public-docs=true opens them to a browser");
            LOG.info("Health: {}/health, metrics: {}/prometheus", url, url);
            LOG.info("Database: {}", databaseUrl);
            LOG.info("Letters: {}", mail.host().map(host -> "SMTP " + host + ":" + mail.port())
                    .orElse("dropped as .eml files in " + mail.pickupFolder().map(path -> path.toAbsolutePath().toString())
                            .orElse("?") + ", registered letters' PDFs in "
                            + mail.printFolder().map(path -> path.toAbsolutePath().toString()).orElse("?")));
        };
    }

}
