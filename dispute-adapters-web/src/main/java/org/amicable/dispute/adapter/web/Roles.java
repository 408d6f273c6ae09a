package org.amicable.dispute.adapter.web;

/** The roles a bearer token carries. */
public final class Roles {

    /** An integration (ERP, billing, CRM, support desk): opens disputes, reports payments, promises and answers, reads. */
    public static final String INTEGRATION = "integration";
    /** A manager: everything. */
    public static final String MANAGER = "manager";
    /** An auditor: reads, evidence included. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }

    static boolean isKnown(String role) {
        return INTEGRATION.equals(role) || MANAGER.equals(role) || AUDITOR.equals(role);
    }
}
