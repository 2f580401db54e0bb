package dev.drift.engine.words;

import java.util.ArrayList;
import java.util.List;

/** Groups ascending word indexes into runs of neighbours, so one dropped phrase is one finding. */
final class Runs {
    /** Indexes this far apart still belong to one run (a function word between two content words). */
    private static final int GAP = 2;

    private Runs() {
    }

    /**
     * @param unmatched for each word of the side, whether it renders (or is rendered by) nothing: indexes further
     *                  apart still join when only such words lie between them ("from the airport to the northern
     *                  suburbs" dropped whole is one phrase)
     */
    static List<List<Integer>> of(List<Integer> ascending, boolean[] unmatched) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i : ascending) {
            if (!run.isEmpty() && i - run.get(run.size() - 1) > GAP && !allUnmatched(unmatched, run.get(run.size() - 1) + 1, i)) {
                out.add(List.copyOf(run));
                run = new ArrayList<>();
            }
            run.add(i);
        }
        if (!run.isEmpty()) {
            out.add(List.copyOf(run));
        }
        // Immutable copies: an alignment is kept for every sentence pair, and most have no run at all.
        return List.copyOf(out);
    }

    private static boolean allUnmatched(boolean[] unmatched, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!unmatched[k]) {
                return false;
            }
        }
        return true;
    }
}
