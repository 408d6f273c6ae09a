package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.amicable.dispute.domain.port.in.RecordCustomerPaymentUseCase;
import org.amicable.dispute.adapter.web.port.Roles;

/**
 * A customer's payment over several of its claims: split as the customer says, else by Code civil,
 * art. 1342-10. All parts are recorded, or none.
 */
// The use case blocks on the database: it runs on the I/O pool, never on Netty's event loop.
@ExecuteOn(TaskExecutors.IO)
@Controller("/customers/{reference}")
@Tag(name = "unpaid claims")
@ApiErrors
@ChangeErrors
class CustomerPaymentController {

    private final RecordCustomerPaymentUseCase recordCustomerPayment;
    private final IdempotentRequests idempotency;

    CustomerPaymentController(RecordCustomerPaymentUseCase recordCustomerPayment, IdempotentRequests idempotency) {
        this.recordCustomerPayment = recordCustomerPayment;
        this.idempotency = idempotency;
    }

    @Operation(summary = "Record a payment over several invoices of a customer",
            description = "Split as the customer says (every invoice with its amount, adding up to the payment), "
                    + "else by Code civil art. 1342-10: the debt whose late charges run at the highest rate first, "
                    + "then the oldest, then in proportion. With no invoice named, every open claim of the customer "
                    + "is a candidate. Each claim records its part as a payment (late charges first).")
    @ApiResponse(responseCode = "200", description = "how the payment was split, and each claim's part",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = IdempotentRequests.REPLAYED,
                    description = ApiHeaders.REPLAYED, schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CustomerPaymentResponse.class)))
    @Post("/payments")
    @Secured({Roles.INTEGRATION, Roles.MANAGER})
    MutableHttpResponse<CustomerPaymentResponse> payment(HttpRequest<?> request, @PathVariable String reference,
            @Header(IdempotentRequests.HEADER) @Nullable @Parameter(description = ApiHeaders.IDEMPOTENCY_KEY)
            String idempotencyKey, @Body @Valid CustomerPaymentRequest body) {
        return idempotency.run(request, idempotencyKey, body, CustomerPaymentResponse.class, () -> {
            List<RecordCustomerPaymentUseCase.InvoicePart> invoices = new java.util.ArrayList<>();
            List<InvoicePart> named = body.invoices() == null ? List.of() : body.invoices();
            for (int i = 0; i < named.size(); i++) {
                InvoicePart part = named.get(i);
                String field = "invoices[" + i + "].amount";
                invoices.add(new RecordCustomerPaymentUseCase.InvoicePart(part.invoiceNumber(),
                        Optional.ofNullable(part.amount()).map(amount -> Mapping.money(amount, field))));
            }
            RecordCustomerPaymentUseCase.CustomerPayment payment = recordCustomerPayment.recordCustomerPayment(
                    new RecordCustomerPaymentUseCase.Command(reference, body.receivedOn(),
                            Mapping.money(body.amount(), "amount"), body.reference(), invoices));
            return HttpResponse.ok(new CustomerPaymentResponse(payment.customerReference(), payment.split().name(),
                    payment.parts().stream().map(part -> new AppliedPart("/disputes/" + part.disputeId(),
                            part.invoiceNumber(), Mapping.money(part.amount()), Mapping.money(part.toLateCharges()),
                            Mapping.money(part.toIndemnity()), Mapping.money(part.toPrincipal()),
                            Mapping.money(part.surplus()), part.state(), part.version())).toList()));
        });
    }

    /** A payment over several invoices of one customer. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CustomerPaymentRequest")
    record CustomerPaymentRequest(
            @NotNull @Serdeable.Deserializable(using = StrictJson.IsoDate.class) LocalDate receivedOn,
            @NotNull @Valid Json.Money amount,
            @NotBlank @Size(max = 100) String reference,
            @Nullable @Size(max = RecordCustomerPaymentUseCase.MOST_INVOICES)
            @Schema(description = "the invoices the payment names; each with its amount, or none with one")
            List<@NotNull @Valid InvoicePart> invoices) {
    }

    /** An invoice a payment names, with the amount the customer gives it, if the customer says. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(name = "CustomerPaymentInvoice")
    record InvoicePart(@NotBlank @Size(max = 64) String invoiceNumber, @Nullable @Valid Json.Money amount) {
    }

    /** How the payment was split and recorded. */
    @Serdeable
    @Schema(name = "CustomerPayment")
    record CustomerPaymentResponse(String customerReference,
            @Schema(description = "AS_THE_CUSTOMER_SAID or CIVIL_CODE_ART_1342_10") String split,
            List<AppliedPart> parts) {
    }

    /** One claim's part of the payment, as the claim applied it. */
    @Serdeable
    @Schema(name = "CustomerPaymentPart")
    record AppliedPart(String dispute, String invoiceNumber, Json.Money amount, Json.Money toLateCharges,
            Json.Money toIndemnity, Json.Money toPrincipal, Json.Money surplus, String state, long version) {
    }
}
