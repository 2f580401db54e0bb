package dev.drift.functions;

import dev.drift.engine.report.StoryPage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * reports/&lt;story&gt;/index.html, rebuilt whole from the table, so a rebuild is idempotent and any later one repairs
 * a missed one. Concurrent rebuilds: every writer counts its change on the story's revision before rebuilding, and a
 * rebuild that sees the revision move while it ran rebuilds again, so the last page written saw every change.
 */
final class StoryPages {
    /** Rebuilds after which a writer stops: whoever keeps moving the revision rebuilds after its own change. */
    private static final int MAX_REBUILDS = 5;

    private final ResultStore results;
    private final ArticleStore articles;

    StoryPages(ResultStore results, ArticleStore articles) {
        this.results = results;
        this.articles = articles;
    }

    /**
     * Counts a change and rebuilds the page.
     *
     * @param touched reprint keys this caller just settled: read consistently, since the index may lag
     */
    void changed(String story, Collection<String> touched) {
        results.bumpStory(story);
        for (int i = 0; i < MAX_REBUILDS; i++) {
            long before = results.storyRevision(story);
            write(story, touched);
            if (results.storyRevision(story) == before) {
                return;
            }
        }
    }

    private void write(String story, Collection<String> touched) {
        String prefix = "reports/" + story + "/";
        Map<String, AnalysisRecord> byKey = new LinkedHashMap<>();
        results.rankedByDrift(story).forEach(r -> byKey.put(r.reprintKey(), r));
        for (String key : touched) {
            Optional<AnalysisRecord> latest = results.latest(key);
            if (latest.isPresent() && latest.get().story().equals(story)) {
                byKey.put(key, latest.get());
            } else {
                byKey.remove(key);
            }
        }
        List<AnalysisRecord> shown = byKey.values().stream()
                .filter(r -> r.status() == AnalysisRecord.Status.OK && r.scores() != null && r.htmlKey() != null
                        && r.htmlKey().startsWith(prefix))
                .toList();
        List<StoryPage.Entry> entries = new ArrayList<>();
        for (AnalysisRecord r : shown) {
            entries.add(new StoryPage.Entry(ArticleKey.parse(r.reprintKey()).map(ArticleKey::file).orElse(r.reprintKey()),
                    r.scores(), r.findings(), StoryPage.Entry.relative(r.htmlKey().substring(prefix.length()))));
        }
        String original = shown.isEmpty() ? "none analysed yet" : shown.get(0).originalKey();
        articles.putResult(prefix + "index.html", StoryPage.render(story, original, entries), "text/html; charset=utf-8");
    }
}
