package org.amicable.dispute.domain.model;

/**
 * A precise failure of a use case, which adapters turn into one consistent error (HTTP 404, 409,
 * 400…). The family is closed: see its subclasses.
 */
public abstract sealed class DisputeException extends RuntimeException
        permits DisputeNotFoundException, TransitionNotAllowedException, VersionConflictException,
        InvalidCommandException, InvalidValueException, EvidenceAlteredException, LetterNotPrintableException,
        DuplicateDisputeException {

    protected DisputeException(String message) {
        super(message);
    }
}
