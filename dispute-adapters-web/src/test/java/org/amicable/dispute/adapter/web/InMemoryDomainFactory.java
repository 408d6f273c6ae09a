package org.amicable.dispute.adapter.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.amicable.dispute.adapter.web.page.CustomerLinkTokens;
import org.amicable.dispute.domain.inmemory.InMemoryDisputeRepository;
import org.amicable.dispute.domain.inmemory.PlainTextLetterRenderer;
import org.amicable.dispute.domain.inmemory.RecordingLetterSender;
import org.amicable.dispute.domain.policy.EscalationPolicy;
import org.amicable.dispute.domain.policy.LegalRates;
import org.amicable.dispute.domain.policy.RateTable;
import org.amicable.dispute.domain.policy.RepaymentPlanLimits;
import org.amicable.dispute.domain.port.out.LetterPreview;
import org.amicable.dispute.domain.port.out.LetterRenderer;
import org.amicable.dispute.domain.service.DisputeServices;

/**
 * The domain's own assembly, {@link DisputeServices}, over its in-memory ports and a fixed clock: the
 * application builds the same one over its storage and mail. Its use cases become beans through
 * {@link UseCaseBeans}, so these tests see every use case the application offers, with no list of them here.
 */
@Factory
class InMemoryDomainFactory {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Singleton
    InMemoryDisputeRepository repository() {
        return new InMemoryDisputeRepository();
    }

    @Singleton
    LetterRenderer renderer() {
        return new PlainTextLetterRenderer();
    }

    @Singleton
    LetterPreview preview() {
        return new PlainTextLetterRenderer();
    }

    @Singleton
    RecordingLetterSender sender() {
        return new RecordingLetterSender();
    }

    @Singleton
    SignInSecret signInSecret() {
        return new SignInSecret("a sign-in secret for the tests, 32+ bytes".getBytes(StandardCharsets.US_ASCII));
    }

    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Singleton
    RepaymentPlanLimits planLimits() {
        return RepaymentPlanLimits.defaults();
    }

    @Singleton
    CustomerLinkTokens customerLinks(Clock clock) {
        return new CustomerLinkTokens(new byte[32], URI.create("http://localhost"), Period.ofDays(180), clock);
    }

    @Singleton
    DisputeServices services(InMemoryDisputeRepository repository, LetterRenderer renderer,
            RecordingLetterSender sender, Clock clock, RequestActor actor) {
        EscalationPolicy policy = EscalationPolicy.defaults(LegalRates.of(
                RateTable.constant("ECB", LocalDate.of(2020, 1, 1), "2.15"),
                RateTable.constant("legal", LocalDate.of(2020, 1, 1), "3.16")));
        return new DisputeServices(repository, repository, renderer, sender, policy, clock, Duration.ofMinutes(5), actor);
    }
}
