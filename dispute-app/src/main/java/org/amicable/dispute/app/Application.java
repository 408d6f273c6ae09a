package org.amicable.dispute.app;

import io.micronaut.runtime.Micronaut;

/** Starts Amicable: the HTTP API, the storage, the letter dispatcher and the daily escalation. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
