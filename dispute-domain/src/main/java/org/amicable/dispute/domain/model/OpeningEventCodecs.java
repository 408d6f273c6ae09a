package org.amicable.dispute.domain.model;

import static org.amicable.dispute.domain.model.StoredCodes.GRIEVANCE_CAUSE;
import static org.amicable.dispute.domain.model.StoredFields.fields;
import static org.amicable.dispute.domain.model.StoredValues.customer;
import static org.amicable.dispute.domain.model.StoredValues.date;
import static org.amicable.dispute.domain.model.StoredValues.invoice;

import org.amicable.dispute.domain.model.DisputeEvent.ClaimOpened;
import org.amicable.dispute.domain.model.DisputeEvent.GrievanceOpened;

/** How the events that open a dispute are stored: a claim or a grievance, with its customer. */
final class OpeningEventCodecs {

    private OpeningEventCodecs() {
    }

    static void registerIn(EventRegistry registry) {
        registry.register("claim-opened", 1, ClaimOpened.class, e -> fields(
                "on", date(e.on()), "dispute", e.id().toString(), "customer", customer(e.customer()),
                "invoice", invoice(e.invoice())),
                f -> new ClaimOpened(f.date("on"), new DisputeId(f.uuid("dispute")), f.object("customer", StoredValues::customer),
                        f.object("invoice", StoredValues::invoice)));
        registry.register("grievance-opened", 1, GrievanceOpened.class, e -> fields(
                "on", date(e.on()), "dispute", e.id().toString(), "customer", customer(e.customer()),
                "cause", GRIEVANCE_CAUSE.code(e.cause()), "description", e.description(),
                "invoice", e.invoice().map(StoredValues::invoice).orElse(null), "complaintDate", date(e.complaintDate()),
                "firstContactDeadline", date(e.firstContactDeadline()),
                "heldClaim", e.heldClaim().map(DisputeId::toString).orElse(null)),
                f -> new GrievanceOpened(f.date("on"), new DisputeId(f.uuid("dispute")),
                        f.object("customer", StoredValues::customer), f.code("cause", GRIEVANCE_CAUSE), f.string("description"),
                        f.optionalObject("invoice", StoredValues::invoice), f.date("complaintDate"),
                        f.date("firstContactDeadline"), f.optionalUuid("heldClaim").map(DisputeId::new)));
    }
}
