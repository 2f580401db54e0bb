package dev.drift.functions;

import dev.drift.functions.ArticleStore.ObjectRef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Which reprints need (re-)analysis: the decision of the scheduled batch, kept free of I/O so it can be tested alone. */
public final class StalePairs {
    private StalePairs() {
    }

    public enum Reason {
        MISSING, ANALYZER_CHANGED, REPRINT_CHANGED, ORIGINAL_CHANGED, ORIGINAL_REMOVED, ORIGINAL_ARRIVED,
        /** The story had several originals and now has at most one. */
        ORIGINALS_RESOLVED
    }

    /** Stale reprint keys with why, in listing order, and how many were up to date. */
    public record Selection(Map<String, Reason> stale, int upToDate) {
    }

    /**
     * @param reprints        every object under reprints/
     * @param originals       every object under originals/
     * @param latest          every reprint's latest stored analysis
     * @param analyzerVersion the running analyzer's version
     * @param headOutsideLayout looks up an original named by metadata outside originals/
     */
    public static Selection select(List<ObjectRef> reprints, List<ObjectRef> originals, List<AnalysisRecord> latest,
                                   String analyzerVersion, Function<String, Optional<ObjectRef>> headOutsideLayout) {
        Map<String, ObjectRef> originalByKey = new HashMap<>();
        Map<String, Integer> originalsPerStory = new HashMap<>();
        for (ObjectRef o : originals) {
            originalByKey.put(o.key(), o);
            ArticleKey.parse(o.key()).ifPresent(k -> originalsPerStory.merge(k.story(), 1, Integer::sum));
        }
        Map<String, AnalysisRecord> latestByKey = new HashMap<>();
        latest.forEach(r -> latestByKey.put(r.reprintKey(), r));

        Map<String, Reason> stale = new LinkedHashMap<>();
        int upToDate = 0;
        for (ObjectRef reprint : reprints) {
            Reason reason = reason(reprint, latestByKey.get(reprint.key()), analyzerVersion, originalByKey,
                    originalsPerStory, headOutsideLayout);
            if (reason == null) {
                upToDate++;
            } else {
                stale.put(reprint.key(), reason);
            }
        }
        return new Selection(stale, upToDate);
    }

    private static Reason reason(ObjectRef reprint, AnalysisRecord last, String analyzerVersion,
                                 Map<String, ObjectRef> originalByKey, Map<String, Integer> originalsPerStory,
                                 Function<String, Optional<ObjectRef>> headOutsideLayout) {
        if (last == null) {
            return Reason.MISSING;
        }
        if (!analyzerVersion.equals(last.analyzerVersion())) {
            return Reason.ANALYZER_CHANGED;
        }
        if (!reprint.etag().equals(last.reprintEtag())) {
            return Reason.REPRINT_CHANGED;
        }
        if (last.originalKey() != null && last.originalKey().endsWith("/")) {
            // Several originals in the story's folder made it ambiguous; more of them leave it so.
            return originalsPerStory.getOrDefault(last.story(), 0) <= 1 ? Reason.ORIGINALS_RESOLVED : null;
        }
        Optional<ObjectRef> original = last.originalKey() == null ? Optional.empty()
                : Optional.ofNullable(originalByKey.get(last.originalKey()))
                        .or(() -> last.originalKey().startsWith(ArticleKey.ORIGINALS) ? Optional.empty() : headOutsideLayout.apply(last.originalKey()));
        switch (last.status()) {
            case WAITING:
                boolean arrived = last.originalKey() != null ? original.isPresent()
                        : originalsPerStory.getOrDefault(last.story(), 0) > 0;
                return arrived ? Reason.ORIGINAL_ARRIVED : null;
            case OK:
            case ERROR:
            default:
                if (last.originalKey() == null) {
                    return null; // the reprint itself was unusable; it is retried when its ETag changes
                }
                if (original.isEmpty()) {
                    return Reason.ORIGINAL_REMOVED;
                }
                return original.get().etag().equals(last.originalEtag()) ? null : Reason.ORIGINAL_CHANGED;
        }
    }
}
