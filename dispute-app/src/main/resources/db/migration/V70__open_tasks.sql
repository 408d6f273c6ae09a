-- The open tasks of each dispute, as the domain derives them from its state (OpenTasks): replaced in the
-- transaction of every save of the dispute and written nowhere else, so that it never says anything the
-- disputes do not. A task without an amount has amount_minor NULL and comes last among equal due dates.
CREATE TABLE open_task (
    dispute_id         UUID          NOT NULL REFERENCES dispute (id),
    task_key           VARCHAR(100)  NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    letter_id          UUID,
    track              VARCHAR(16)   NOT NULL,
    customer_reference VARCHAR(64)   NOT NULL,
    customer_name      VARCHAR(200)  NOT NULL,
    amount_minor       BIGINT,
    currency           CHAR(3),
    due_on             DATE          NOT NULL,
    assignee           VARCHAR(100),
    closed_by          VARCHAR(40)   NOT NULL,
    detail             VARCHAR(2000),
    PRIMARY KEY (dispute_id, task_key)
);
-- Each list reads its page in index order: one person's tasks, all tasks, one kind of task.
CREATE INDEX open_task_assignee ON open_task (assignee, due_on, amount_minor DESC NULLS LAST, dispute_id, task_key);
CREATE INDEX open_task_due ON open_task (due_on, amount_minor DESC NULLS LAST, dispute_id, task_key);
CREATE INDEX open_task_kind ON open_task (kind, due_on, amount_minor DESC NULLS LAST, dispute_id, task_key);
