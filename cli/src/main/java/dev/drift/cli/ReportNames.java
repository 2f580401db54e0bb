package dev.drift.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names the report files of one run so that no two inputs share one: a reprint's file name as it is, unless that
 * name is taken (the same file name in another folder, the same reprint in another pair, or a report of another pair
 * already in the output folder), then its folder's name in front, then a number. "index" is kept for the story page.
 * Compared without case, as some file systems do.
 */
final class ReportNames {
    private static final String STORY_PAGE = "index";

    private final Set<String> taken = new HashSet<>();
    /** Names the output folders hold for other pairs; none by default. */
    private Predicate<String> heldElsewhere = name -> false;

    /** A name for this reprint's reports, to which ".json" or ".html" is appended. */
    String next(Path reprint) {
        return next(reprint, name -> false);
    }

    /** The same, also avoiding names that the output folders hold for other pairs. */
    String next(Path reprint, Predicate<String> heldByAnother) {
        heldElsewhere = heldByAnother;
        String name = reprint.getFileName().toString();
        if (take(name)) {
            return name;
        }
        Path parent = reprint.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.getFileName() != null) {
            String withFolder = parent.getFileName() + "--" + name;
            if (take(withFolder)) {
                return withFolder;
            }
            name = withFolder;
        }
        for (int n = 2; ; n++) {
            if (take(name + "-" + n)) {
                return name + "-" + n;
            }
        }
    }

    private boolean take(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return !key.equals(STORY_PAGE) && !taken.contains(key) && !heldElsewhere.test(name) && taken.add(key);
    }
}
