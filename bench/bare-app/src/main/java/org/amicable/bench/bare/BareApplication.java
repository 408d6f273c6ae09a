package org.amicable.bench.bare;

import io.micronaut.runtime.Micronaut;

/** The startup baseline: HTTP server, Hikari, H2 (file, ./data) and Flyway, nothing else. */
public final class BareApplication {

    private BareApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(BareApplication.class).start();
    }
}
