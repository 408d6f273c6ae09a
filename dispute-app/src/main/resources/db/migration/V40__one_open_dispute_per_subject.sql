-- What an open dispute is about (DisputeSubject.key: a customer's invoice for a claim, an order and a
-- cause for a grievance), unique among open disputes; NULL once the dispute is closed, or when it names
-- no invoice. The unique index is what keeps two openings that race from both being stored.
ALTER TABLE dispute ADD COLUMN open_subject VARCHAR(400);

-- Open claims stored before the rule: the oldest claim of each invoice holds its subject. Grievances
-- keep none (their cause is in their timeline only); the use case still finds them.
UPDATE dispute SET open_subject = 'claim:' || CAST(LENGTH(customer_reference) AS VARCHAR(8)) || ':'
        || customer_reference || ':' || invoice_number
    WHERE track = 'UNPAID_CLAIM' AND is_open = TRUE AND invoice_number IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM dispute older WHERE older.track = 'UNPAID_CLAIM' AND older.is_open = TRUE
          AND older.customer_reference = dispute.customer_reference
          AND older.invoice_number = dispute.invoice_number AND older.id < dispute.id);

CREATE UNIQUE INDEX dispute_open_subject ON dispute (open_subject);
