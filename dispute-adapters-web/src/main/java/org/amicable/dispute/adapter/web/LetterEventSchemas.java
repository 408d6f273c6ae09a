package org.amicable.dispute.adapter.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.amicable.dispute.adapter.web.EventSchemas.Content;
import org.amicable.dispute.adapter.web.EventSchemas.Event;
import org.amicable.dispute.domain.model.Language;
import org.amicable.dispute.domain.model.LetterChannel;
import org.amicable.dispute.domain.model.LetterKind;
import org.amicable.dispute.domain.model.ReturnReason;

/** The OpenAPI schemas of the events of a letter's life, and of a letter as issued. */
final class LetterEventSchemas {

    private LetterEventSchemas() {
    }

    /** A letter as issued, in a letter-issued event. */
    @Schema(name = "IssuedLetter", description = "A letter as issued: its facts, not what became of it.")
    record IssuedLetter(String id, String dispute, LetterKind kind, Json.Customer recipient, LetterChannel channel,
            Language language, LocalDate issuedOn, String reference, Content content) {
    }

    /** A letter decided, to be sent. */
    @Schema(name = "LetterIssuedEvent", description = "A letter decided, to be sent.")
    record LetterIssued(
            @Schema(description = "always letter-issued", requiredMode = REQUIRED) String type,
            LocalDate on, IssuedLetter letter) implements Event {
    }

    /** A letter sent, with the hashes of what went out. */
    @Schema(name = "LetterSentEvent", description = "A letter sent, with the hashes of what went out.")
    record LetterSent(
            @Schema(description = "always letter-sent", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, Instant sentAt, String documentSha256,
            @Nullable String emailSha256) implements Event {
    }

    /** A letter that could not be sent. */
    @Schema(name = "LetterFailedEvent", description = "A letter that could not be sent.")
    record LetterFailed(
            @Schema(description = "always letter-failed", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String reason) implements Event {
    }

    /** A letter of a reviewed kind waits for a manager before it goes out. */
    @Schema(name = "LetterAwaitingReviewEvent", description = "A letter of a reviewed kind waits for a manager before it goes out.")
    record LetterAwaitingReview(
            @Schema(description = "always letter-awaiting-review", requiredMode = REQUIRED) String type,
            LocalDate on, String letter) implements Event {
    }

    /** A manager approved a letter that waited for review: it goes out with the next dispatch. */
    @Schema(name = "LetterApprovedEvent", description = "A manager approved a letter that waited for review.")
    record LetterApproved(
            @Schema(description = "always letter-approved", requiredMode = REQUIRED) String type,
            LocalDate on, String letter) implements Event {
    }

    /** A manager held a letter that waited for review, with a reason: it stays unsent. */
    @Schema(name = "LetterHeldEvent", description = "A manager held a letter that waited for review: it stays unsent.")
    record LetterHeld(
            @Schema(description = "always letter-held", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String reason) implements Event {
    }

    /** A registered letter's tracking number. */
    @Schema(name = "LetterTrackedEvent", description = "A registered letter's tracking number.")
    record LetterTracked(
            @Schema(description = "always letter-tracked", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String trackingNumber) implements Event {
    }

    /** A registered letter that came back undelivered. */
    @Schema(name = "LetterReturnedEvent", description = "A registered letter that came back undelivered.")
    record LetterReturned(
            @Schema(description = "always letter-returned", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, ReturnReason reason, @Nullable LocalDate firstPresentedOn,
            LocalDate returnedOn) implements Event {
    }

    /** The scan of an AR card or returned envelope, kept by its hash. */
    @Schema(name = "LetterScanAttachedEvent", description = "The scan of an AR card or returned envelope, kept by its hash.")
    record LetterScanAttached(
            @Schema(description = "always letter-scan-attached", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, String scanSha256, String mediaType) implements Event {
    }

    /** The customer's contact details corrected. */
    @Schema(name = "ContactDetailsCorrectedEvent", description = "The customer's contact details corrected.")
    record ContactDetailsCorrected(
            @Schema(description = "always contact-details-corrected", requiredMode = REQUIRED) String type,
            LocalDate on, Json.Customer customer) implements Event {
    }

    /** A registered letter's acknowledgment of receipt signed. */
    @Schema(name = "LetterAcknowledgedEvent", description = "A registered letter's acknowledgment of receipt signed.")
    record LetterAcknowledged(
            @Schema(description = "always letter-acknowledged", requiredMode = REQUIRED) String type,
            LocalDate on, String letter, LocalDate deliveredOn) implements Event {
    }
}
