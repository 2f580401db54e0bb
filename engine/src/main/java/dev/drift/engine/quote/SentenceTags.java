package dev.drift.engine.quote;

import dev.drift.engine.grammar.PartsOfSpeech;
import dev.drift.engine.text.Token;
import java.util.List;

/**
 * A sentence's parts of speech, tagged on first use; one sentence view is read by one thread. The rules read the
 * words outside quotation marks, so a token there is tagged with the unquoted words within a few of it and a few
 * words of context on each side, not with the whole sentence: tagging is most of the speakers' cost. A quoted
 * token asked for is tagged with the whole sentence.
 */
final class SentenceTags {
    /**
     * Words of context around the words kept: the model reads two words and two tags either side. With three, 22 of
     * PolNeAR dev's 257,450 window tags differ from the whole sentence's; with two, 174; with one, 892.
     */
    private static final int CONTEXT = 3;
    /**
     * Words either side of the asked one that are tagged with it: the rules read a few words around a verb or a
     * noun, and a long run tagged whole was most of the cost (the seed pair: 156 words tagged, 91 with this reach;
     * the same speakers on PolNeAR dev and on MRPC's 1,044 quotation sentences with a reach of 4, 6 or the whole run).
     */
    private static final int REACH = 6;
    private final String text;
    private final List<Token> tokens;
    private final boolean[] quoted;
    private String[] tags;

    SentenceTags(String text, List<Token> tokens, boolean[] quoted) {
        this.text = text;
        this.tokens = tokens;
        this.quoted = quoted;
    }

    String at(int i) {
        if (tags == null) {
            tags = new String[tokens.size()];
        }
        if (tags[i] == null) {
            if (quoted[i]) {
                fill(0, tokens.size(), 0, tokens.size());
            } else {
                int from = i;
                while (from > 0 && !quoted[from - 1] && i - from < REACH) {
                    from--;
                }
                int to = i + 1;
                while (to < tokens.size() && !quoted[to] && to - i <= REACH) {
                    to++;
                }
                fill(Math.max(0, from - CONTEXT), Math.min(tokens.size(), to + CONTEXT), from, to);
            }
        }
        return tags[i];
    }

    /** Tags tokens {@code from} to {@code to} and keeps those of {@code keepFrom} to {@code keepTo}. */
    private void fill(int from, int to, int keepFrom, int keepTo) {
        String[] part = PartsOfSpeech.tag(text, tokens, from, to);
        for (int k = keepFrom; k < keepTo; k++) {
            if (tags[k] == null) {
                tags[k] = part[k - from];
            }
        }
    }
}
