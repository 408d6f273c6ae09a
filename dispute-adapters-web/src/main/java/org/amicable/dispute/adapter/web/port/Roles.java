package org.amicable.dispute.adapter.web.port;

/** The roles a bearer token or a person's account carries. */
public final class Roles {

    /** An integration (ERP, billing, CRM, support desk): opens disputes, reports payments, promises and answers, reads. */
    public static final String INTEGRATION = "integration";
    /** A manager: everything. */
    public static final String MANAGER = "manager";
    /** An auditor: reads, evidence included. */
    public static final String AUDITOR = "auditor";
    /** A collector (a person, not a token): reads, and records calls, promises, payments and answers. */
    public static final String COLLECTOR = "collector";

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return INTEGRATION.equals(role) || MANAGER.equals(role) || AUDITOR.equals(role);
    }

    /** The roles a person's account may have. */
    public static boolean isPersonRole(String role) {
        return MANAGER.equals(role) || COLLECTOR.equals(role) || AUDITOR.equals(role);
    }
}
