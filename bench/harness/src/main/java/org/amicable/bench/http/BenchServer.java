package org.amicable.bench.http;

import io.micronaut.runtime.Micronaut;

/**
 * The HTTP bench server: the application (its beans come from the dispute-app jar on the classpath,
 * with its application.yml) plus the two baseline controllers of this package, in one Micronaut
 * context and one Netty server. Started exactly as {@code org.amicable.dispute.app.Application}.
 */
public final class BenchServer {

    private BenchServer() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).banner(false).mainClass(BenchServer.class).start();
    }
}
