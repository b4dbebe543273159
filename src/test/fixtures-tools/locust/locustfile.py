# Locust user for Benchboard's fixtures: mostly /ok, some /flaky (HTTP 500s, closed connections and
# 1.1 s stalls at the fixture server), so the failures file has real rows of both kinds.
import os

from locust import HttpUser, LoadTestShape, task, between


class FixtureUser(HttpUser):
    wait_time = between(0.01, 0.05)

    @task(5)
    def ok(self):
        self.client.get("/ok")

    @task(1)
    def flaky(self):
        self.client.get("/flaky")

    @task(1)
    def post_ok(self):
        self.client.post("/ok", json={"n": 1}, name="POST /ok")


if os.environ.get("BENCHBOARD_LOCUST_SHAPE"):
    class StopLoadBeforeTheEnd(LoadTestShape):
        """20 users (10/s) for 8 s, then none until 13 s. Locust 2.12 writes its CSV files every second but
        flushes them only every 10 s and not at exit, so files of a run that is busy to its last second
        lag behind the summary printed at exit; with the load stopped early the last write holds the
        final figures and the files agree with the printed summary."""

        def tick(self):
            t = self.get_run_time()
            if t < 8:
                return 20, 10
            if t < 13:
                return 0, 20
            return None
