package sim;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Gatling simulation for Benchboard's fixtures: users arrive at a constant rate (open model) for 8 s, each
 * requests /ok then /flaky (HTTP 500s, closed connections and 1.1 s stalls at the fixture server) then /ok.
 */
public class FixtureSimulation extends Simulation {

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl", "http://127.0.0.1:18475"));

    private final ScenarioBuilder scn = scenario("fixture")
            .exec(http("ok").get("/ok").check(status().is(200)))
            .exec(http("flaky").get("/flaky").check(status().is(200)))
            .exec(http("ok again").get("/ok").check(status().is(200)));

    {
        setUp(scn.injectOpen(constantUsersPerSec(100).during(8))).protocols(protocol)
                .assertions(global().failedRequests().percent().lt(50.0));
    }
}
