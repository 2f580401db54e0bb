package dev.drift.engine.words;

import java.util.ArrayList;
import java.util.List;

/** Groups ascending word indexes into runs of neighbours, so one dropped phrase is one finding. */
final class Runs {
    /** Indexes this far apart still belong to one run (a function word between two content words). */
    private static final int GAP = 2;

    private Runs() {
    }

    static List<List<Integer>> of(List<Integer> ascending) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i : ascending) {
            if (!run.isEmpty() && i - run.get(run.size() - 1) > GAP) {
                out.add(run);
                run = new ArrayList<>();
            }
            run.add(i);
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }
}
