package dev.drift.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated corpus of news-length originals for the matching benchmark: each original is drawn from a first-order
 * Markov chain over the words of MRPC's news sentences (both sides of every pair in {@code mrpc-train.tsv}), so its
 * vocabulary and the frequency of its word pairs are those of news, and two originals share only the pairs news
 * shares ("prime minister", "said on"), not sentences; quotation marks are left out (a chain would scatter them
 * unpaired, which costs the quotation finder more than any article does). An original is made again from its number alone, so the
 * corpus needs no storage; a derived reprint is an original with a third of its sentences dropped and one content
 * word in ten replaced.
 */
final class NewsCorpus {
    static final int SENTENCES = 30;
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 32;

    private final String[] words;
    /** For each word, the words that follow it in the source sentences (with repeats, so frequent pairs stay frequent). */
    private final int[][] next;
    private final int[] starts;

    private NewsCorpus(String[] words, int[][] next, int[] starts) {
        this.words = words;
        this.next = next;
        this.starts = starts;
    }

    static NewsCorpus fromMrpc(Path evalDir) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        Map<Integer, List<Integer>> followers = new HashMap<>();
        List<Integer> starts = new ArrayList<>();
        List<String> lines = Files.readAllLines(evalDir.resolve("mrpc-train.tsv"));
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            for (int col = f.length - 2; col < f.length; col++) {
                // Without quotation marks: a chain scatters them unpaired, which no news text does.
                String[] sentence = f[col].replaceAll("[\"\u201c\u201d]|''|``", "").trim().split("\\s+");
                int previous = -1;
                for (String w : sentence) {
                    int id = ids.computeIfAbsent(w, k -> {
                        vocabulary.add(k);
                        return vocabulary.size() - 1;
                    });
                    if (previous < 0) {
                        starts.add(id);
                    } else {
                        followers.computeIfAbsent(previous, k -> new ArrayList<>()).add(id);
                    }
                    previous = id;
                }
            }
        }
        int[][] next = new int[vocabulary.size()][];
        for (int i = 0; i < next.length; i++) {
            next[i] = followers.getOrDefault(i, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
        return new NewsCorpus(vocabulary.toArray(String[]::new), next, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Original number {@code n}: the same text every time. */
    String original(long n) {
        return String.join("\n\n", sentences(n));
    }

    /** A reprint derived from original {@code n}: two sentences in three kept, one word in ten replaced. */
    String derived(long n, long variant) {
        SplittableRandom random = new SplittableRandom(n * 7919 + variant);
        List<String> out = new ArrayList<>();
        for (String sentence : sentences(n)) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String[] w = sentence.split(" ");
            for (int i = 0; i < w.length; i++) {
                if (random.nextInt(10) == 0) {
                    w[i] = words[random.nextInt(words.length)];
                }
            }
            out.add(String.join(" ", w));
        }
        return String.join("\n\n", out);
    }

    private List<String> sentences(long n) {
        SplittableRandom random = new SplittableRandom(n);
        List<String> out = new ArrayList<>(SENTENCES);
        for (int s = 0; s < SENTENCES; s++) {
            int length = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS);
            StringBuilder b = new StringBuilder();
            int w = starts[random.nextInt(starts.length)];
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    b.append(' ');
                }
                b.append(words[w]);
                int[] options = next[w];
                w = options.length == 0 ? starts[random.nextInt(starts.length)] : options[random.nextInt(options.length)];
            }
            out.add(b.append('.').toString());
        }
        return out;
    }
}
