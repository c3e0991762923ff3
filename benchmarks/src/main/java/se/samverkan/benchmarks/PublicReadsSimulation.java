package se.samverkan.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Public reads at a constant arrival rate (an open model: a new visitor every 1/rate seconds
 * whether or not earlier ones have been answered, so slow answers cannot hide themselves).
 * Parameters as system properties: {@code bench.url}, {@code bench.rate} (per second),
 * {@code bench.seconds}.
 */
public class PublicReadsSimulation extends Simulation {

    {
        String url = System.getProperty("bench.url");
        double rate = Double.parseDouble(System.getProperty("bench.rate", "500"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "30"));
        setUp(scenario("offentlig läsning")
                .exec(http("read").get(url).check(status().is(200)))
                .injectOpen(constantUsersPerSec(rate).during(seconds)))
                .protocols(http.shareConnections().acceptHeader("application/json"));
    }
}
