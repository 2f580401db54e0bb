package dev.drift.functions;

import dev.drift.engine.DriftAnalyzer;
import dev.drift.functions.AnalysisRecord.Status;
import dev.drift.functions.ArticleStore.ObjectRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one analysis was made from, and so its identity: the analyzer version, the outcome kind, the reprint's key
 * and ETag, the original's key (or the story folder that stands for it) and ETag. Equal ids mean a repeat.
 *
 * @param reprint          the reprint as read; an empty ETag when it was missing
 * @param originalKey      the original used or awaited; a folder ({@code originals/<story>/}) when ambiguous; null when none
 * @param original         the original as read; null when missing or not resolved
 * @param originalMetadata the reprint's {@code original} metadata as read, so a later check can see it changed
 */
public record AnalysisInputs(String reprintKey, String story, ObjectRef reprint, String originalKey, ObjectRef original,
                             String originalMetadata) {

    /** A key outside the layout: nothing was read. */
    static AnalysisInputs unplaced(String reprintKey) {
        return new AnalysisInputs(reprintKey, "-", null, null, null, null);
    }

    boolean placed() {
        return !"-".equals(story);
    }

    public String analysisId(Status status) {
        String material = String.join("|", DriftAnalyzer.VERSION, status == Status.OK ? "" : status.name(),
                reprintKey, reprint == null ? "" : reprint.etag(),
                originalKey == null ? "story:" + story : originalKey, original == null ? "" : original.etag());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
