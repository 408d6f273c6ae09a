package org.amicable.dispute.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amicable.dispute.domain.model.Customer;
import org.amicable.dispute.domain.model.CustomerKind;
import org.amicable.dispute.domain.model.Invoice;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.Money;
import org.amicable.dispute.domain.model.PostalAddress;
import org.amicable.dispute.domain.port.in.OpenUnpaidClaimUseCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing pages through every dispute whatever the page size, in an application of its own. */
@MicronautTest
class DisputePagingTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(http.toBlocking(), json);
    }

    @Inject
    OpenUnpaidClaimUseCase openClaim;

    @Test
    @SuppressWarnings("unchecked")
    void pagingVisitsEveryDisputeOnceWhateverTheLimit() {
        // 1001 = two full pages of the largest size, then one.
        Set<String> opened = new LinkedHashSet<>();
        for (int i = 0; i < 1001; i++) {
            opened.add(openClaim.openUnpaidClaim(new OpenUnpaidClaimUseCase.Command(
                    new Customer("PAGE-ALL", "Client", CustomerKind.BUSINESS,
                            Optional.of("page@example.com"), new PostalAddress(
                                    List.of("1 rue du Port"), "13002", "Marseille", "FR"),
                            Optional.empty(), Language.FR),
                    new Invoice("PAGE-" + i, LocalDate.of(2026, 1, 2),
                            LocalDate.of(2026, 2, 1), Money.euros("10.00"))))
                    .id().toString());
        }
        for (int limit : new int[] {500, 499, 2, 1}) {
            List<String> seen = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                Api.Answer page = api.get("/disputes?customer=PAGE-ALL&limit=" + limit
                        + (after == null ? "" : "&after=" + after), Api.AUDITOR);
                assertThat(page.status()).as(page.toString()).isEqualTo(200);
                ((List<Map<String, Object>>) page.map().get("items")).forEach(item -> seen.add((String) item.get("id")));
                after = (String) page.map().get("next");
                pages++;
            } while (after != null && pages <= 1001);
            assertThat(seen).as("limit " + limit).containsExactlyElementsOf(opened);
        }
    }
}
