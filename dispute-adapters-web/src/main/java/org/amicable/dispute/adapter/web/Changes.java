package org.amicable.dispute.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.amicable.dispute.domain.port.in.DisputeView;

import java.net.URI;
import java.util.function.Supplier;

/** What every state change does: idempotency, then the use case, then the dispute with its new ETag. */
@Singleton
class Changes {

    private final IdempotentRequests idempotency;

    Changes(IdempotentRequests idempotency) {
        this.idempotency = idempotency;
    }

    MutableHttpResponse<Responses.Dispute> change(HttpRequest<?> request, String key, Object body,
            Supplier<DisputeView> useCase) {
        return idempotency.run(request, key, body, Responses.Dispute.class, () -> ok(useCase.get()));
    }

    MutableHttpResponse<Responses.Dispute> open(HttpRequest<?> request, String key, Object body,
            Supplier<DisputeView> useCase) {
        return idempotency.run(request, key, body, Responses.Dispute.class, () -> {
            DisputeView view = useCase.get();
            return HttpResponse.created(Mapping.dispute(view), URI.create("/disputes/" + view.id()))
                    .header(HttpHeaders.ETAG, ETags.of(view.version()));
        });
    }

    /** An operation that commits in steps, such as an escalation run or a dispatch; it must be safe to repeat. */
    <T> MutableHttpResponse<T> runInSteps(HttpRequest<?> request, String key, Object body, Class<T> type,
            Supplier<T> action) {
        return idempotency.runInSteps(request, key, body, type, () -> HttpResponse.ok(action.get()));
    }

    static MutableHttpResponse<Responses.Dispute> ok(DisputeView view) {
        return HttpResponse.ok(Mapping.dispute(view)).header(HttpHeaders.ETAG, ETags.of(view.version()));
    }
}
