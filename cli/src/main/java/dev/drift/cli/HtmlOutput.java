package dev.drift.cli;

import dev.drift.engine.document.Article;
import dev.drift.engine.report.DriftReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes HTML side-by-side reports (not yet built). */
final class HtmlOutput {
    private HtmlOutput() {
    }

    static void write(Path dir, Article original, List<Article> reprints, List<DriftReport> reports) throws IOException {
        throw new IOException("HTML reports are not available in this build");
    }
}
