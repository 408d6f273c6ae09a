package org.amicable.dispute.domain.policy;

/** A policy setting that cannot work, with which setting and why. */
public final class InvalidPolicyException extends IllegalArgumentException {

    private final String setting;

    public InvalidPolicyException(String setting, String why) {
        super(setting + ": " + why);
        this.setting = setting;
    }

    /** The name of the setting that was refused. */
    public String setting() {
        return setting;
    }

    static int requireAtLeast(int value, int minimum, String setting) {
        if (value < minimum) {
            throw new InvalidPolicyException(setting, "must be at least " + minimum + " day" + (minimum == 1 ? "" : "s")
                    + ", was " + value);
        }
        return value;
    }
}
