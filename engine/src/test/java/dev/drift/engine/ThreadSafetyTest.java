package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.report.ReportJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer shared by many threads gives each comparison the report it gives alone (per-thread caches included). */
class ThreadSafetyTest {
    @Test
    void concurrentComparisonsMatchSequentialOnes() throws Exception {
        DriftAnalyzer analyzer = new DriftAnalyzer();
        String original = Seeds.text("001");
        List<String> reprints = List.of(Seeds.text("000"), Seeds.text("002"), Seeds.text("003"), Seeds.text("004"));
        List<String> expected = new ArrayList<>();
        for (String r : reprints) {
            expected.add(ReportJson.write(analyzer.compare("o", original, "r", r)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                String reprint = reprints.get(i % reprints.size());
                // Fresh string objects, so threads never share a cached text by identity.
                results.add(pool.submit(() -> ReportJson.write(analyzer.compare("o", new String(original), "r", new String(reprint)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % reprints.size()), results.get(i).get(), "comparison " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
