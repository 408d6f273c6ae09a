package org.amicable.dispute.domain.model;

/**
 * Who did what: the author of a timeline entry, recorded in it and covered by its hash.
 */
public sealed interface Actor {

    /** Name and kind in words, e.g. {@code API client erp (integration)}. */
    String describe();

    /**
     * A system that called the API with its token.
     *
     * @param name the token's configured name, e.g. {@code erp}
     * @param role the token's role: {@code integration}, {@code manager} or {@code auditor}
     */
    record ApiClient(String name, String role) implements Actor {
        public ApiClient {
            name = Text.line(name, "actor.name", 100);
            role = Text.line(role, "actor.role", 50);
        }

        @Override
        public String describe() {
            return "API client " + name + " (" + role + ")";
        }
    }

    /**
     * A person signed in to the pages with their own account.
     *
     * @param login the account's login name, which never changes, e.g. {@code marie}
     * @param name the person's name as the account held it when the entry was made, e.g. {@code Marie Durand}
     * @param role the account's role: {@code manager}, {@code collector} or {@code auditor}
     */
    record Person(String login, String name, String role) implements Actor {
        public Person {
            login = Text.line(login, "actor.login", 64);
            name = Text.line(name, "actor.name", 100);
            role = Text.line(role, "actor.role", 50);
        }

        @Override
        public String describe() {
            return name + " (" + login + ", " + role + ")";
        }
    }

    /**
     * A job of the application acting on its own schedule.
     *
     * @param name the job: {@link #ESCALATION} or {@link #DISPATCH}
     */
    record SystemJob(String name) implements Actor {
        /** The daily escalation, which decides letters, deadlines and warnings. */
        public static final SystemJob ESCALATION = new SystemJob("escalation");
        /** The letter dispatcher, which sends letters and records what became of them. */
        public static final SystemJob DISPATCH = new SystemJob("dispatch");

        public SystemJob {
            name = Text.line(name, "actor.name", 100);
        }

        @Override
        public String describe() {
            return "system job " + name;
        }
    }

    /**
     * The customer himself, answering on his personal page (the link his letters carry).
     *
     * @param reference the customer's reference, the one his link was issued for
     */
    record Customer(String reference) implements Actor {
        public Customer {
            reference = Text.line(reference, "actor.reference", 100);
        }

        @Override
        public String describe() {
            return "customer " + reference + " (personal page)";
        }
    }
}
