package org.amicable.dispute.app;

/** A configuration value the application cannot start with: it names the property and what is expected. */
final class InvalidSettingException extends RuntimeException {

    private final String property;

    InvalidSettingException(String property, String expected) {
        super("Invalid setting " + property + ": " + expected);
        this.property = property;
    }

    InvalidSettingException(String property, String expected, Throwable cause) {
        super("Invalid setting " + property + ": " + expected, cause);
        this.property = property;
    }

    String property() {
        return property;
    }
}
