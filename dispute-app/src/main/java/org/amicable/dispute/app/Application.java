package org.amicable.dispute.app;

import io.micronaut.runtime.Micronaut;
import java.security.SecureRandom;

/**
 * Starts Amicable: the HTTP API, the storage, the letter dispatcher and the daily escalation. With
 * {@code token create …} it makes an API token instead, and starts nothing; with {@code account create …} it
 * adds a person's account to the database, and starts neither the server nor the jobs.
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
        if (AccountCommand.wanted(args)) {
            int exit = new AccountCommand(new SecureRandom()).run(args, System.in, System.out, System.err);
            System.exit(exit);
        }
        Micronaut.build(args).banner(false).mainClass(Application.class).start();
    }
}
