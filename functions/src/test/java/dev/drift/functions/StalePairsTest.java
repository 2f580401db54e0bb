package dev.drift.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.drift.engine.report.DriftReport;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.ArticleStore.ObjectRef;
import dev.drift.functions.StalePairs.Reason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalePairsTest {
    static final String V = "1.0";
    static final ObjectRef ORIGINAL = new ObjectRef("originals/s/o.txt", "o1", 10);

    static AnalysisRecord ok(String key, String etag, String originalEtag, String version) {
        return new AnalysisRecord(key, "s", ORIGINAL.key(), Status.OK, null, "id", version, etag, originalEtag, 5, 10,
                "2026-11-21T00:00:00Z", new DriftReport.Scores(1, 0, 1, 0), 0, "r", null);
    }

    static Map<String, Reason> select(List<ObjectRef> reprints, List<ObjectRef> originals, List<AnalysisRecord> latest) {
        return StalePairs.select(reprints, originals, latest, V, k -> Optional.empty()).stale();
    }

    @Test
    void upToDatePairsAreLeftAlone() {
        var r = new ObjectRef("reprints/s/a.txt", "a1", 5);
        StalePairs.Selection s = StalePairs.select(List.of(r), List.of(ORIGINAL), List.of(ok(r.key(), "a1", "o1", V)), V, k -> Optional.empty());
        assertEquals(Map.of(), s.stale());
        assertEquals(1, s.upToDate());
    }

    @Test
    void eachKindOfStalenessIsFound() {
        var missing = new ObjectRef("reprints/s/missing.txt", "m", 5);
        var edited = new ObjectRef("reprints/s/edited.txt", "e2", 5);
        var old = new ObjectRef("reprints/s/old.txt", "x", 5);
        var origChanged = new ObjectRef("reprints/s/oc.txt", "y", 5);
        Map<String, Reason> stale = select(List.of(missing, edited, old, origChanged), List.of(ORIGINAL), List.of(
                ok(edited.key(), "e1", "o1", V), ok(old.key(), "x", "o1", "0.9"), ok(origChanged.key(), "y", "o0", V)));
        assertEquals(Map.of(missing.key(), Reason.MISSING, edited.key(), Reason.REPRINT_CHANGED,
                old.key(), Reason.ANALYZER_CHANGED, origChanged.key(), Reason.ORIGINAL_CHANGED), stale);
    }

    @Test
    void waitingReprintsBecomeStaleWhenTheirOriginalArrives() {
        var r = new ObjectRef("reprints/s/w.txt", "w", 5);
        var waitingForStory = new AnalysisRecord(r.key(), "s", null, Status.WAITING, "no original", "id", V, "w", null, 5, 0,
                "t", null, 0, null, null);
        assertEquals(Map.of(), select(List.of(r), List.of(), List.of(waitingForStory)));
        assertEquals(Map.of(r.key(), Reason.ORIGINAL_ARRIVED), select(List.of(r), List.of(ORIGINAL), List.of(waitingForStory)));
    }

    @Test
    void aRemovedOriginalMakesItsReprintsStaleOnce() {
        var r = new ObjectRef("reprints/s/a.txt", "a1", 5);
        assertEquals(Map.of(r.key(), Reason.ORIGINAL_REMOVED), select(List.of(r), List.of(), List.of(ok(r.key(), "a1", "o1", V))));
        var nowWaiting = new AnalysisRecord(r.key(), "s", ORIGINAL.key(), Status.WAITING, "gone", "id2", V, "a1", null, 5, 0,
                "t", null, 0, null, null);
        assertEquals(Map.of(), select(List.of(r), List.of(), List.of(nowWaiting)));
    }

    @Test
    void anUnreadableReprintIsNotRetriedUntilItChanges() {
        var r = new ObjectRef("reprints/s/bin.txt", "b1", 5);
        var error = new AnalysisRecord(r.key(), "s", null, Status.ERROR, "binary", "id", V, "b1", null, 5, 0, "t", null, 0, null, null);
        assertEquals(Map.of(), select(List.of(r), List.of(ORIGINAL), List.of(error)));
        assertEquals(Map.of(r.key(), Reason.REPRINT_CHANGED),
                select(List.of(new ObjectRef(r.key(), "b2", 6)), List.of(ORIGINAL), List.of(error)));
    }

    @Test
    void aStoryWithSeveralOriginalsIsRetriedOnceAtMostOneIsLeft() {
        var r = new ObjectRef("reprints/s/a.txt", "a1", 5);
        var ambiguous = new AnalysisRecord(r.key(), "s", "originals/s/", Status.ERROR, "story \"s\" has 2 originals", "id", V,
                "a1", null, 5, 0, "t", null, 0, null, null);
        var second = new ObjectRef("originals/s/other.txt", "o2", 10);
        assertEquals(Map.of(), select(List.of(r), List.of(ORIGINAL, second), List.of(ambiguous)), "still two: nothing to gain");
        assertEquals(Map.of(r.key(), Reason.ORIGINALS_RESOLVED), select(List.of(r), List.of(ORIGINAL), List.of(ambiguous)));
        assertEquals(Map.of(r.key(), Reason.ORIGINALS_RESOLVED), select(List.of(r), List.of(), List.of(ambiguous)));
    }
}
