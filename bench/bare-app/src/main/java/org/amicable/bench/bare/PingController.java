package org.amicable.bench.bare;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** One trivial endpoint, so that the server has a route. */
@Controller("/ping")
class PingController {

    @Get
    String ping() {
        return "pong";
    }
}
