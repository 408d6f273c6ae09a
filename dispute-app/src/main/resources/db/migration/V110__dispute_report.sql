-- One row per dispute with what the managers' reports sum (ReportRow): replaced in the transaction of every
-- save of the dispute and written nowhere else, so that the reports never say anything the disputes do not.
-- A grievance leaves the claim's columns NULL, a claim the grievance's. Amounts are principal still owed,
-- in minor units of the row's currency: the reports sum them per currency.
CREATE TABLE dispute_report (
    dispute_id        UUID         NOT NULL PRIMARY KEY,
    track             VARCHAR(16)  NOT NULL,
    customer_kind     VARCHAR(16)  NOT NULL,
    state             VARCHAR(40)  NOT NULL,
    is_open           BOOLEAN      NOT NULL,
    currency          CHAR(3),
    outstanding_minor BIGINT,
    due_on            DATE,
    highest_step      VARCHAR(20)  NOT NULL,
    opened_on         DATE         NOT NULL,
    settled_on        DATE,
    days_to_settle    INTEGER,
    mediation_since   DATE,
    mediation_left_on DATE,
    court_on          DATE,
    remedy_deadline   DATE,
    resolved_on       DATE,
    resolved_on_time  BOOLEAN      NOT NULL
);
-- The dated reports read a period of settlements or resolutions, and the claims that reached a stage by a day.
CREATE INDEX dispute_report_settled ON dispute_report (settled_on);
CREATE INDEX dispute_report_resolved ON dispute_report (resolved_on);
CREATE INDEX dispute_report_mediation ON dispute_report (mediation_since);
CREATE INDEX dispute_report_court ON dispute_report (court_on);
