package org.amicable.dispute.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.amicable.dispute.domain.port.in.ImportOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One import as it runs: how far it got, and what it did with each row so far. Thread-safe. */
final class ImportRun {

    enum State { RUNNING, DONE, FAILED }

    private final UUID id = UUID.randomUUID();
    private final String kind;
    private final int rows;
    private final CountDownLatch finished = new CountDownLatch(1);
    private State state = State.RUNNING;
    private int processed;
    private int created;
    private int alreadyOpen;
    private int recorded;
    private int alreadyRecorded;
    private final List<RowProblem> refused = new ArrayList<>();
    private final List<RowExisting> existing = new ArrayList<>();
    private String failure;

    ImportRun(String kind, int rows) {
        this.kind = kind;
        this.rows = rows;
    }

    UUID id() {
        return id;
    }

    String location() {
        return "/imports/" + id;
    }

    /** Row {@code row} (from 1) had this outcome. */
    synchronized void record(int row, String invoiceNumber, ImportOutcome outcome) {
        processed++;
        if (outcome instanceof ImportOutcome.Created) {
            created++;
        } else if (outcome instanceof ImportOutcome.AlreadyOpen open) {
            alreadyOpen++;
            existing.add(new RowExisting(row, invoiceNumber, "/disputes/" + open.existing()));
        } else if (outcome instanceof ImportOutcome.Recorded) {
            recorded++;
        } else if (outcome instanceof ImportOutcome.AlreadyRecorded known) {
            alreadyRecorded++;
            existing.add(new RowExisting(row, invoiceNumber, "/disputes/" + known.dispute()));
        } else {
            ImportOutcome.Refused no = (ImportOutcome.Refused) outcome;
            refused.add(new RowProblem(row, no.field(), no.reason()));
        }
    }

    synchronized void done() {
        state = State.DONE;
        finished.countDown();
    }

    synchronized void failed(String why) {
        state = State.FAILED;
        failure = why;
        finished.countDown();
    }

    boolean await(long millis) throws InterruptedException {
        return finished.await(millis, TimeUnit.MILLISECONDS);
    }

    synchronized boolean isFinished() {
        return state != State.RUNNING;
    }

    synchronized Report report() {
        List<RowProblem> sortedRefused = new ArrayList<>(refused);
        sortedRefused.sort(java.util.Comparator.comparingInt(RowProblem::row));
        List<RowExisting> sortedExisting = new ArrayList<>(existing);
        sortedExisting.sort(java.util.Comparator.comparingInt(RowExisting::row));
        boolean claims = kind.equals("unpaid-claims");
        return new Report(id.toString(), kind, state.name(), rows, processed, claims ? created : null,
                claims ? alreadyOpen : null, claims ? null : recorded, claims ? null : alreadyRecorded, refused.size(),
                claims ? sortedExisting : null, claims ? null : sortedExisting, sortedRefused, failure);
    }

    /**
     * The import report.
     *
     * @param id              the import, readable at {@code /imports/{id}}
     * @param kind            {@code unpaid-claims} or {@code payments}
     * @param state           RUNNING, DONE or FAILED
     * @param rows            rows in the file
     * @param processed       rows dealt with so far
     * @param created         claims opened
     * @param alreadyOpen     rows whose invoice already had an open claim: nothing opened
     * @param recorded        payments recorded
     * @param alreadyRecorded payments the claim already held: nothing recorded
     * @param refused         rows refused: nothing done for them
     * @param alreadyOpenRows each row already open, with the open claim
     * @param alreadyRecordedRows each payment already recorded, with its claim
     * @param refusedRows     each row refused, with the column at fault and why
     * @param failure         why the import stopped, when it FAILED (rows processed before stay done)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportReport")
    record Report(String id, String kind, String state, int rows, int processed, Integer created, Integer alreadyOpen,
            Integer recorded, Integer alreadyRecorded, int refused, List<RowExisting> alreadyOpenRows,
            List<RowExisting> alreadyRecordedRows, List<RowProblem> refusedRows, String failure) {
    }

    /** A row refused: its number (from 1, the CSV header not counted), the column at fault, why. */
    @Serdeable
    record RowProblem(int row, String field, String reason) {
    }

    /** A row about a dispute that was already there: its number, the invoice, the dispute. */
    @Serdeable
    record RowExisting(int row, String invoiceNumber, String dispute) {
    }
}
