package org.amicable.dispute.app;

import io.micronaut.runtime.Micronaut;
import java.security.SecureRandom;

/**
 * Starts Amicable: the HTTP API, the storage, the letter dispatcher and the daily escalation. With
 * {@code token create …} it makes an API token instead, and starts nothing.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (TokenCommand.wanted(args)) {
            int exit = new TokenCommand(new SecureRandom()).run(args, System.out, System.err);
            if (exit != 0) {
                System.exit(exit);
            }
            return;
        }
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
