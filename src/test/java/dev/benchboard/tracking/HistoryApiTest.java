package dev.benchboard.tracking;

import static dev.benchboard.tracking.TrackingFixtures.CANDIDATE;
import static dev.benchboard.tracking.TrackingFixtures.editor;
import static dev.benchboard.tracking.TrackingFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.benchboard.report.UploadFigures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The P99 history of the real tracking fixtures (fixtures/tracking/README.md) has its change point at the
 * first run of the stalling build. Reference: /usr/bin/python3 src/test/fixtures-tools/tracking_reference.py
 * → P99 as wrk printed it [18.95, 4.86, 20.1, 21.65, 17.32, 105.97, 112.39, 100.52, 100.13, 123.13] ms;
 * brute-force E-divisive: one change point at index 5 (Q̂ = 412.145, permutation p = 0.015); the means of
 * the two regimes 16.576 and 108.428 ms → +554.13 %.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HistoryApiTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final double[] P99 = {18.95, 4.86, 20.1, 21.65, 17.32, 105.97, 112.39, 100.52, 100.13, 123.13};

    @Autowired
    MockMvc mvc;

    @Autowired
    History history;

    private JsonNode history(long evaluation, String metric) throws Exception {
        return json(mvc.perform(get("/api/evaluations/{id}/history", evaluation).with(editor())
                        .param("candidate", CANDIDATE).param("metric", metric))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void p99HistoryHasItsChangePointAtTheFirstSlowRun() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "history");
        List<Long> uploads = TrackingFixtures.uploadAll(mvc, evaluation);

        JsonNode p99 = history(evaluation, "P99");
        assertThat(p99.get("candidate").asString()).isEqualTo(CANDIDATE);
        assertThat(p99.get("benchmark").asString()).isEqualTo("load test · 8 concurrent");
        assertThat(p99.get("unit").asString()).isEqualTo("ms");
        JsonNode points = p99.get("points");
        assertThat(points).hasSize(10);
        for (int i = 0; i < 10; i++) {
            JsonNode point = points.get(i);
            assertThat(point.get("uploadId").asLong()).isEqualTo(uploads.get(i));
            assertThat(point.get("value").asDouble()).as("run %d", i + 1).isCloseTo(P99[i], within(1e-9));
            assertThat(point.get("label").asString()).isEqualTo("run " + (i + 1));
            assertThat(point.get("baseline").asBoolean()).isEqualTo(i < 5);
            assertThat(point.get("fileName").asString()).startsWith(String.format("run-%02d-", i + 1));
            assertThat(point.get("uploadedAt").asString()).isNotBlank();
        }
        JsonNode changePoints = p99.get("changePoints");
        assertThat(changePoints).hasSize(1);
        assertThat(changePoints.at("/0/index").asInt()).isEqualTo(5);
        assertThat(changePoints.at("/0/uploadId").asLong()).isEqualTo(uploads.get(5));
        assertThat(changePoints.at("/0/pValue").asDouble()).isLessThan(0.05);
        assertThat(changePoints.at("/0/shiftPercent").asDouble()).isCloseTo((108.428 / 16.576 - 1) * 100, within(1e-6));

        // Throughput as wrk printed it (Requests/sec), one value per upload.
        JsonNode throughput = history(evaluation, "throughput");
        assertThat(throughput.get("unit").asString()).isEqualTo("req/s");
        assertThat(throughput.at("/points/0/value").asDouble()).isCloseTo(15942.49, within(1e-6));
        assertThat(throughput.at("/points/9/value").asDouble()).isCloseTo(3637.75, within(1e-6));
    }

    /** Labels "run 1" … "run 10" (TrackingFixtures): as strings "run 10" came second, after "run 1". */
    @Test
    void orderByLabelComparesTheNumbersInsideLabelsAsNumbers() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "history by label");
        List<Long> uploads = TrackingFixtures.uploadAll(mvc, evaluation);
        JsonNode byLabel = json(mvc.perform(get("/api/evaluations/{id}/history", evaluation).with(editor())
                        .param("candidate", CANDIDATE).param("metric", "P99").param("order", "label"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(byLabel.get("order").asString()).isEqualTo("label");
        List<String> labels = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        byLabel.get("points").forEach(p -> {
            labels.add(p.get("label").asString());
            ids.add(p.get("uploadId").asLong());
        });
        assertThat(labels).containsExactly("run 1", "run 2", "run 3", "run 4", "run 5", "run 6", "run 7", "run 8", "run 9",
                "run 10");
        assertThat(ids).isEqualTo(uploads);
        assertThat(byLabel.at("/changePoints/0/index").asInt()).as("the same series, the same change point").isEqualTo(5);
    }

    @Test
    void fewerThanSixUploadsHaveNoChangePointsAndSaySo() throws Exception {
        long evaluation = TrackingFixtures.evaluation(mvc, "short history");
        for (int i = 0; i < 5; i++) TrackingFixtures.upload(mvc, evaluation, i);
        JsonNode p99 = history(evaluation, "P99");
        assertThat(p99.get("points")).hasSize(5);
        assertThat(p99.get("changePoints")).isEmpty();
        assertThat(p99.get("note").asString()).contains("from 6 uploads on; 5 so far");

        mvc.perform(get("/api/evaluations/{id}/history", evaluation).with(editor()).param("candidate", CANDIDATE)
                .param("metric", "ns/op")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/evaluations/{id}/history", evaluation).with(editor()).param("candidate", "nginx")
                .param("metric", "P99")).andExpect(status().isBadRequest());
        JsonNode series = json(mvc.perform(get("/api/evaluations/{id}/history/series", evaluation).with(editor())
                .param("candidate", CANDIDATE)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(series.valueStream().map(s -> s.get("metric").asString()).toList())
                .containsExactly("P50", "P99", "throughput", "error rate");

        // The API names series by their codes only; the History view reads them in the reader's language.
        assertThat(series.get(0).propertyNames()).containsExactlyInAnyOrder("benchmark", "metric", "unit");
        List<UploadFigures.SeriesKey> keys = history.series(evaluation, CANDIDATE);
        assertThat(keys).extracting(k -> k.words().title().english()).containsExactly("load test · 8 concurrent · P50",
                "load test · 8 concurrent · P99", "load test · 8 concurrent · throughput", "load test · 8 concurrent · error rate");
        assertThat(keys).extracting(k -> k.words().title().in(CHINESE)).containsExactly("压测 · 并发 8 · P50",
                "压测 · 并发 8 · P99", "压测 · 并发 8 · 吞吐量", "压测 · 并发 8 · 错误率");
        MetricHistory errorRate = history.history(evaluation, CANDIDATE, "error rate", null, null);
        assertThat(errorRate.unit()).isEqualTo("fraction");
        assertThat(errorRate.words().unit().in(CHINESE)).isEqualTo("比例");
        assertThat(errorRate.words().unit().english()).isEqualTo("fraction");
        assertThat(errorRate.note().english()).isEqualTo(p99.get("note").asString())
                .isEqualTo("change points are sought from 6 uploads on; 5 so far");
        assertThat(errorRate.note().in(CHINESE)).isEqualTo("变点从第 6 次上传起才开始检测；目前 5 次");
    }

    @Test
    void openApiDescribesEveryTrackingEndpoint() throws Exception {
        JsonNode paths = json(mvc.perform(get("/api/openapi").with(editor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("paths");
        assertThat(paths.propertyNames()).contains("/api/evaluations/{id}/history", "/api/evaluations/{id}/history/series",
                "/api/evaluations/{id}/gate", "/api/evaluations/{id}/gate/rules", "/api/evaluations/{id}/acknowledgements",
                "/api/acknowledgements/{id}", "/api/evaluations/{id}/webhooks", "/api/webhooks/{id}", "/api/webhooks/{id}/test");
        assertThat(paths.at("/~1api~1evaluations~1{id}~1gate/get/summary").asString()).contains("422");
    }
}
