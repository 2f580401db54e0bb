package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.SameMeaning;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAligner;
import dev.drift.engine.words.WordAlignment;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Measures candidate features and learners for the same-meaning decision by 5-fold cross-validation before any goes
 * into SameMeaning (figures in the README): token-level matching of the last layer's piece vectors (pieces, or
 * content words pooled from them, optionally int8-quantized with -Dquant=8, first piece with -Dpool=first),
 * word-alignment evidence, gates, boosted trees. Keeps every sentence's piece vectors in target/ (about 400 MB) for
 * re-runs. -Dhalves=true adds the held-out halves, -Dsizes=true what the vectors would take per sentence. Past 400
 * lines because each candidate is measured under the same folds in one run; an exploration tool, not product code.
 */
public final class SameMeaningExplore {
    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        List<String[]> raw = new ArrayList<>();
        for (SameMeaningTuning.Pair p : SameMeaningTuning.labelledPairs(eval)) {
            raw.add(new String[] {p.corpus(), p.a(), p.b(), p.same() ? "1" : "0"});
        }
        TokenStore store = new TokenStore(Path.of("target/token-encodings.bin"));
        List<String> sentences = new ArrayList<>();
        for (String[] r : raw) {
            sentences.add(r[1]);
            sentences.add(r[2]);
        }
        long t0 = System.nanoTime();
        if (sentences.stream().anyMatch(s -> store.get(s) == null)) {
            try (BgeSmallEncoder model = BgeSmallEncoder.load()) {
                int n = store.encodeMissing(sentences, model, Integer.getInteger("threads", 2));
                System.out.printf("encoded %d sentences in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            store.save();
        }
        List<SameMeaningTuning.Pair> pairs = new ArrayList<>();
        List<String> names = null;
        for (String[] r : raw) {
            TokenStore.Tokens ta = store.get(r[1]);
            TokenStore.Tokens tb = store.get(r[2]);
            float[] ca = unit(ta.vectors()[0]);
            float[] cb = unit(tb.vectors()[0]);
            double[] base = SameMeaning.features(r[1], r[2], s -> s.equals(r[1]) ? ca : cb);
            if (DUMP != null) {
                DUMP.println(Arrays.toString(base));
            }
            List<Double> extra = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (double v : base) {
                extra.add(v);
            }
            en.addAll(SameMeaning.FEATURES);
            extras(r[1], r[2], ta, tb, extra, en);
            double[] x = extra.stream().mapToDouble(Double::doubleValue).toArray();
            pairs.add(new SameMeaningTuning.Pair(r[0], r[1], r[2], r[3].equals("1"), x));
            names = en;
            if (Boolean.getBoolean("swap")) {
                double[] sbase = SameMeaning.features(r[2], r[1], s -> s.equals(r[1]) ? ca : cb);
                List<Double> sx = new ArrayList<>();
                for (double v : sbase) {
                    sx.add(v);
                }
                extras(r[2], r[1], tb, ta, sx, new ArrayList<>());
                SWAPPED.add(new SameMeaningTuning.Pair(r[0], r[2], r[1], r[3].equals("1"),
                        sx.stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        System.out.printf("features in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (Boolean.getBoolean("sizes")) {
            // what keeping the model's token vectors per sentence would cost: every piece as floats, or only the
            // content words (pieces pooled) as one byte per dimension and one float scale each
            long sentencesSeen = 0;
            long pieceCount = 0;
            long wordCount = 0;
            for (String s : new HashSet<>(sentences)) {
                TokenStore.Tokens t = store.get(s);
                sentencesSeen++;
                pieceCount += t.pieces().size();
                wordCount += WordVectors.of(t, 0).vectors().length;
            }
            int dim = store.get(sentences.get(0)).vectors()[0].length;
            System.out.printf(Locale.ROOT, "%d sentences: %.1f pieces (with [CLS], [SEP]) and %.1f content words each;"
                    + " all pieces as floats %.0f bytes a sentence, content words as int8 %.0f bytes%n", sentencesSeen,
                    (double) pieceCount / sentencesSeen, (double) wordCount / sentencesSeen,
                    4.0 * dim * pieceCount / sentencesSeen, (dim + 4.0) * wordCount / sentencesSeen);
        }
        String gate = System.getProperty("gate");
        if (gate != null) {
            // core features (no products, no vectors), then the gate and the gate's products with each
            List<Integer> core = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).startsWith("sameWords") && !names.get(i).matches("(uv|ad)\\d+")) {
                    core.add(i);
                }
            }
            List<String> gated = new ArrayList<>();
            for (int i : core) {
                gated.add(names.get(i));
            }
            gated.add("gate");
            for (int i : core) {
                gated.add("gate*" + names.get(i));
            }
            List<SameMeaningTuning.Pair> out = new ArrayList<>();
            int[] gatedCount = new int[4];
            for (SameMeaningTuning.Pair p : pairs) {
                double g = gate(gate, p.x(), names) ? 1 : 0;
                double[] x = new double[gated.size()];
                for (int k = 0; k < core.size(); k++) {
                    x[k] = p.x()[core.get(k)];
                    x[core.size() + 1 + k] = g * x[k];
                }
                x[core.size()] = g;
                out.add(new SameMeaningTuning.Pair(p.corpus(), p.a(), p.b(), p.same(), x));
                gatedCount[(p.corpus().equals("MRPC") ? 0 : 2) + (int) g]++;
            }
            System.out.printf("gate %s: MRPC %d out / %d in, PAWS %d out / %d in%n", gate, gatedCount[0], gatedCount[1],
                    gatedCount[2], gatedCount[3]);
            pairs = out;
            names = gated;
        }
        String select = System.getProperty("select", "");
        for (String set : select.split(";")) {
            if (set.startsWith("seed=")) {
                SameMeaningTuning.shuffleSeed = Long.parseLong(set.substring(5));
                System.out.println(set);
                continue;
            }
            if (set.startsWith("share=")) {
                Boosting.PAWS_SHARE = Double.parseDouble(set.substring(6));
                System.out.println(set);
                continue;
            }
            if (set.startsWith("boost=")) {
                System.setProperty("boost", set.substring(6));
                System.out.println(set);
                continue;
            }
            if (set.startsWith("l2=")) {
                SameMeaningTuning.l2 = Double.parseDouble(set.substring(3));
                System.out.println(set);
                continue;
            }
            List<Integer> cols = new ArrayList<>();
            for (String name : set.split(",")) {
                if (name.equals("BASE")) {
                    for (int i = 0; i < SameMeaning.FEATURES.size(); i++) {
                        cols.add(i);
                    }
                } else if (name.equals("ALL")) {
                    for (int i = 0; i < names.size(); i++) {
                        if (!names.get(i).matches("(uv|ad)\\d+")) {
                            cols.add(i);
                        }
                    }
                } else if (name.equals("UV") || name.equals("AD")) {
                    for (int i = 0; i < names.size(); i++) {
                        if (names.get(i).matches(name.toLowerCase(Locale.ROOT) + "\\d+")) {
                            cols.add(i);
                        }
                    }
                } else if (!name.isEmpty()) {
                    int i = names.indexOf(name);
                    if (i < 0) {
                        throw new IllegalArgumentException("no feature " + name + " in " + names);
                    }
                    cols.add(i);
                }
            }
            evaluate(set, pairs, cols);
            if (Boolean.getBoolean("percorpus")) {
                for (String corpus : List.of("MRPC", "PAWS")) {
                    evaluate(corpus + " only: " + set, pairs.stream().filter(p -> p.corpus().equals(corpus)).toList(), cols);
                }
            }
        }
        if (Boolean.getBoolean("histogram")) {
            int u = names.indexOf("unigrams");
            for (String corpus : List.of("MRPC", "PAWS")) {
                int[] h = new int[11];
                int[] pos = new int[11];
                for (SameMeaningTuning.Pair p : pairs) {
                    if (p.corpus().equals(corpus)) {
                        int bin = (int) Math.floor(p.x()[u] * 10);
                        h[bin]++;
                        pos[bin] += p.same() ? 1 : 0;
                    }
                }
                StringBuilder sb = new StringBuilder(corpus + " unigram dice by tenths (n/same):");
                for (int i = 0; i < 11; i++) {
                    sb.append(' ').append(h[i]).append('/').append(pos[i]);
                }
                System.out.println(sb);
            }
        }
    }

    /** A conjunction of "feature<value" / "feature>=value" tests joined by "&", or alternatives joined by "|". */
    static boolean gate(String expr, double[] x, List<String> names) {
        for (String alt : expr.split("\\|")) {
            boolean all = true;
            for (String test : alt.split("&")) {
                boolean ge = test.contains(">=");
                String[] kv = test.split(ge ? ">=" : "<");
                double v = x[names.indexOf(kv[0])];
                double t = Double.parseDouble(kv[1]);
                all &= ge ? v >= t : v < t;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    static void extras(String a, String b, TokenStore.Tokens ta, TokenStore.Tokens tb, List<Double> x, List<String> n) {
        // token matching (BERTScore-like, greedy max cosine), over all pieces and over word-like pieces
        float[][] va = units(ta.vectors());
        float[][] vb = units(tb.vectors());
        boolean[] ka = keep(ta.pieces());
        boolean[] kb = keep(tb.pieces());
        double[] all = greedy(va, vb, null, null);
        double[] content = greedy(va, vb, ka, kb);
        put(x, n, "bsP", all[0]);
        put(x, n, "bsR", all[1]);
        put(x, n, "bsF", f(all[0], all[1]));
        put(x, n, "bsMin", Math.min(all[0], all[1]));
        put(x, n, "bscF", f(content[0], content[1]));
        put(x, n, "bscMin", Math.min(content[0], content[1]));
        put(x, n, "bscWorst", Math.min(content[2], content[3]));
        put(x, n, "meanCos", dot(unit(mean(ta.vectors())), unit(mean(tb.vectors()))));
        // content pieces, more summaries: the k least matched on each side, the least matched on the better side
        double[] lowA = lowest(bestMatches(va, vb, ka, kb), 3);
        double[] lowB = lowest(bestMatches(vb, va, kb, ka), 3);
        put(x, n, "bscMax", Math.max(content[0], content[1]));
        put(x, n, "bscWorstMax", Math.max(content[2], content[3]));
        put(x, n, "bscLow3Min", Math.min(lowA[1], lowB[1]));
        put(x, n, "bscLow3Max", Math.max(lowA[1], lowB[1]));
        // content words (pieces pooled): what the engine would keep per sentence, optionally quantized
        WordVectors wva = WordVectors.of(ta, QUANT);
        WordVectors wvb = WordVectors.of(tb, QUANT);
        double[] ma = bestMatches(wva.vectors, wvb.vectors, null, null);
        double[] mb = bestMatches(wvb.vectors, wva.vectors, null, null);
        double pa = meanOr1(ma, null);
        double pb = meanOr1(mb, null);
        double[] lowWa = lowest(ma, 3);
        double[] lowWb = lowest(mb, 3);
        put(x, n, "wF", f(pa, pb));
        put(x, n, "wMin", Math.min(pa, pb));
        put(x, n, "wMax", Math.max(pa, pb));
        put(x, n, "wWorstMin", Math.min(lowWa[0], lowWb[0]));
        put(x, n, "wWorstMax", Math.max(lowWa[0], lowWb[0]));
        put(x, n, "wLow3Min", Math.min(lowWa[1], lowWb[1]));
        put(x, n, "wLow3Max", Math.max(lowWa[1], lowWb[1]));
        // general rarity (WordNet's sense-tag counts) as idf: weighted recall/precision, and the rarest gap
        double ipa = meanOr1(ma, wva.rarity);
        double ipb = meanOr1(mb, wvb.rarity);
        put(x, n, "wiF", f(ipa, ipb));
        put(x, n, "wiMin", Math.min(ipa, ipb));
        put(x, n, "wiMax", Math.max(ipa, ipb));
        double gapA = rareGap(ma, wva.rarity);
        double gapB = rareGap(mb, wvb.rarity);
        put(x, n, "wiGapMax", Math.max(gapA, gapB));
        put(x, n, "wiGapMin", Math.min(gapA, gapB));
        // the words one sentence has and the other lacks in every form: how close their nearest word there is
        List<Token> toka0 = Tokenizer.tokenize(a);
        List<Token> tokb0 = Tokenizer.tokenize(b);
        double[] offA = offWords(Word.of(toka0), Word.of(tokb0), wva, wvb);
        double[] offB = offWords(Word.of(tokb0), Word.of(toka0), wvb, wva);
        put(x, n, "offWorst", Math.min(offA[0], offB[0]));
        put(x, n, "offWorstMax", Math.max(offA[0], offB[0]));
        put(x, n, "offMean", offA[2] + offB[2] == 0 ? 1 : (offA[1] + offB[1]) / (offA[2] + offB[2]));
        put(x, n, "offRareGap", Math.max(offA[3], offB[3]));
        put(x, n, "wMeanCos", wva.vectors.length == 0 || wvb.vectors.length == 0 ? 0
                : dot(unit(mean(wva.vectors)), unit(mean(wvb.vectors))));
        // word alignment
        List<Token> toka = Tokenizer.tokenize(a);
        List<Token> tokb = Tokenizer.tokenize(b);
        List<Word> wa = Word.of(toka);
        List<Word> wb = Word.of(tokb);
        WordAlignment al = WordAligner.align(wb, wa);
        int addedWords = al.added().stream().mapToInt(List::size).sum();
        int droppedWords = al.dropped().stream().mapToInt(List::size).sum();
        long contentA = wa.stream().filter(Word::content).count();
        long contentB = wb.stream().filter(Word::content).count();
        put(x, n, "closeness", al.closeness());
        put(x, n, "orderKept", al.orderKept());
        put(x, n, "subs", Math.min(4, al.substitutions().size()));
        put(x, n, "addedShare", contentB == 0 ? 0 : (double) addedWords / contentB);
        put(x, n, "droppedShare", contentA == 0 ? 0 : (double) droppedWords / contentA);
        put(x, n, "unmatchedShare", contentA + contentB == 0 ? 0
                : (double) (addedWords + droppedWords + 2 * al.substitutions().size()) / (contentA + contentB));
        put(x, n, "places", Math.min(6, al.differingPlaces()));
        // unmatched numbers / capitalised names
        put(x, n, "numbersOff", Math.min(3, SameMeaning.unmatched(wa, wb, Word::isNumberLike) + SameMeaning.unmatched(wb, wa, Word::isNumberLike)));
        put(x, n, "namesOff", Math.min(4, SameMeaning.unmatched(wa, wb, w -> w.capitalized() && w.content())
                + SameMeaning.unmatched(wb, wa, w -> w.capitalized() && w.content())));
        put(x, n, "logLen", Math.abs(Math.log((toka.size() + 1.0) / (tokb.size() + 1.0))));
        put(x, n, "longPieces", rarePieces(ta.pieces(), tb.pieces()));
        // rarity-weighted overlap: WordNet's sense-tag counts as a general word frequency
        double[] ra = rarityMatched(wa, wb);
        double[] rb = rarityMatched(wb, wa);
        put(x, n, "wMatchMin", Math.min(ra[0], rb[0]));
        put(x, n, "wMatchMax", Math.max(ra[0], rb[0]));
        put(x, n, "wDice", ra[2] + rb[2] == 0 ? 1 : (ra[0] * ra[2] + rb[0] * rb[2]) / (ra[2] + rb[2]));
        put(x, n, "rareOffMax", Math.max(ra[1], rb[1]));
        put(x, n, "rareOffSum", Math.min(30, ra[3] + rb[3]));
        int longestAdded = al.added().stream().mapToInt(List::size).max().orElse(0);
        int longestDropped = al.dropped().stream().mapToInt(List::size).max().orElse(0);
        put(x, n, "runMax", Math.min(8, Math.max(longestAdded, longestDropped)));
        put(x, n, "runMin", Math.min(8, Math.min(longestAdded, longestDropped)));
        double addedRare = 0;
        for (List<Integer> run : al.added()) {
            for (int i : run) {
                addedRare += WordNet.get().rarity(wb.get(i).lower(), wb.get(i).lemma());
            }
        }
        double droppedRare = 0;
        for (List<Integer> run : al.dropped()) {
            for (int i : run) {
                droppedRare += WordNet.get().rarity(wa.get(i).lower(), wa.get(i).lemma());
            }
        }
        put(x, n, "wAdded", rb[2] == 0 ? 0 : addedRare / rb[2]);
        put(x, n, "wDropped", ra[2] == 0 ? 0 : droppedRare / ra[2]);
        put(x, n, "wAddDropMax", Math.max(rb[2] == 0 ? 0 : addedRare / rb[2], ra[2] == 0 ? 0 : droppedRare / ra[2]));
        boolean saidA = toka.stream().anyMatch(t -> REPORTING.contains(t.lower()));
        boolean saidB = tokb.stream().anyMatch(t -> REPORTING.contains(t.lower()));
        put(x, n, "saidOneSide", saidA != saidB ? 1 : 0);
        boolean quoteA = a.indexOf('"') >= 0 || a.indexOf('“') >= 0 || a.contains("``");
        boolean quoteB = b.indexOf('"') >= 0 || b.indexOf('“') >= 0 || b.contains("``");
        put(x, n, "quoteOneSide", quoteA != quoteB ? 1 : 0);
        Set<String> na = numbers(wa);
        Set<String> nb = numbers(wb);
        put(x, n, "numbersDiffer", !na.isEmpty() && !nb.isEmpty() && !na.equals(nb) ? 1 : 0);
        put(x, n, "numbersOneSide", na.isEmpty() != nb.isEmpty() ? 1 : 0);
        put(x, n, "maxCos", dot(unit(max(ta.vectors())), unit(max(tb.vectors()))));
        put(x, n, "lenMin", Math.min(40, Math.min(toka.size(), tokb.size())));
        // surface overlap as MT metrics see it: character n-grams, longest common word subsequence, trigrams
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        put(x, n, "char3", diceOf(charGrams(la, 3), charGrams(lb, 3)));
        put(x, n, "char5", diceOf(charGrams(la, 5), charGrams(lb, 5)));
        List<String> lwa = toka.stream().map(Token::lower).toList();
        List<String> lwb = tokb.stream().map(Token::lower).toList();
        int lcs = lcs(lwa, lwb);
        put(x, n, "lcsMin", lcs / (double) Math.max(1, Math.max(lwa.size(), lwb.size())));
        put(x, n, "lcsMax", lcs / (double) Math.max(1, Math.min(lwa.size(), lwb.size())));
        put(x, n, "trigrams", diceOf(wordGrams(lwa, 3), wordGrams(lwb, 3)));
        if (Boolean.getBoolean("vectors")) {
            float[] ua = unit(ta.vectors()[0]);
            float[] ub = unit(tb.vectors()[0]);
            for (int i = 0; i < ua.length; i++) {
                put(x, n, "uv" + i, ua[i] * ub[i]);
            }
            for (int i = 0; i < ua.length; i++) {
                put(x, n, "ad" + i, Math.abs(ua[i] - ub[i]));
            }
        }
    }

    /** -Dquant=8 (or 4): content-word vectors rounded to that many signed bits, one scale per vector. */
    static final int QUANT = Integer.getInteger("quant", 0);
    /** -Ddump=file: the shipped features of every pair, one line each (to compare two runs' features). */
    static final PrintStream DUMP = dumpFile();

    static PrintStream dumpFile() {
        try {
            return System.getProperty("dump") == null ? null : new PrintStream(System.getProperty("dump"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    /** -Dpool=first: a word's vector is its first piece's (default: the mean of its pieces). */
    static final boolean FIRST_PIECE = "first".equals(System.getProperty("pool"));

    /** A sentence's content words as unit vectors (the mean of their pieces' last-layer vectors) and their rarity. */
    record WordVectors(float[][] vectors, double[] rarity, List<String> words) {
        /** The vector of the first kept word spelt so, or null (not kept, or split otherwise by the tokenizer). */
        float[] of(String word) {
            int i = words.indexOf(word);
            return i < 0 ? null : vectors[i];
        }

        static WordVectors of(TokenStore.Tokens t, int bits) {
            List<String> pieces = t.pieces();
            List<float[]> vs = new ArrayList<>();
            List<Double> rs = new ArrayList<>();
            List<String> ws = new ArrayList<>();
            int i = 1;
            while (i < pieces.size() - 1) {
                int j = i + 1;
                while (j < pieces.size() - 1 && pieces.get(j).startsWith("##")) {
                    j++;
                }
                StringBuilder word = new StringBuilder(pieces.get(i));
                for (int k = i + 1; k < j; k++) {
                    word.append(pieces.get(k).substring(2));
                }
                String w = word.toString();
                if (w.codePoints().anyMatch(Character::isLetterOrDigit) && !Lexicon.STOPWORDS.contains(w)) {
                    float[] v = FIRST_PIECE ? t.vectors()[i].clone() : mean(Arrays.copyOfRange(t.vectors(), i, j));
                    vs.add(unit(bits > 0 ? quantize(v, bits) : v));
                    rs.add(WordNet.get().rarity(w, WordNet.get().lemma(w)));
                    ws.add(w);
                }
                i = j;
            }
            return new WordVectors(vs.toArray(float[][]::new), rs.stream().mapToDouble(Double::doubleValue).toArray(), ws);
        }
    }

    /** {least best cosine, sum of best cosines, count, greatest rarity x (1 - best)} over a's content words b lacks. */
    static double[] offWords(List<Word> a, List<Word> b, WordVectors va, WordVectors vb) {
        Set<String> inB = Word.forms(b);
        double worst = 1;
        double sum = 0;
        int count = 0;
        double gap = 0;
        Set<String> seen = new HashSet<>();
        for (Word w : a) {
            if (!w.content() || inB.contains(w.lower()) || inB.contains(w.lemma()) || !seen.add(w.lower())) {
                continue;
            }
            float[] v = va.of(w.lower());
            if (v == null) {
                continue;
            }
            double best = 0;
            for (float[] u : vb.vectors()) {
                best = Math.max(best, dot(v, u));
            }
            worst = Math.min(worst, best);
            sum += best;
            count++;
            gap = Math.max(gap, WordNet.get().rarity(w.lower(), w.lemma()) * (1 - best));
        }
        return new double[] {worst, sum, count, gap};
    }

    static float[] quantize(float[] v, int bits) {
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        int levels = (1 << (bits - 1)) - 1;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = max == 0 ? 0 : Math.round(v[i] / max * levels) * max / levels;
        }
        return out;
    }

    /** Each kept vector of a: its greatest cosine with a kept vector of b (0 when b keeps none). */
    static double[] bestMatches(float[][] a, float[][] b, boolean[] ka, boolean[] kb) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (ka != null && (!ka[i] || i == 0 || i == a.length - 1)) {
                continue;
            }
            double best = 0;
            for (int j = 0; j < b.length; j++) {
                if (kb == null || kb[j] && j > 0 && j < b.length - 1) {
                    best = Math.max(best, dot(a[i], b[j]));
                }
            }
            out.add(best);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {least, mean of the k least} of the matches (1 when there are none: nothing unmatched). */
    static double[] lowest(double[] matches, int k) {
        if (matches.length == 0) {
            return new double[] {1, 1};
        }
        double[] s = matches.clone();
        Arrays.sort(s);
        double sum = 0;
        int c = Math.min(k, s.length);
        for (int i = 0; i < c; i++) {
            sum += s[i];
        }
        return new double[] {s[0], sum / c};
    }

    static double meanOr1(double[] matches, double[] weights) {
        double s = 0;
        double w = 0;
        for (int i = 0; i < matches.length; i++) {
            double wi = weights == null ? 1 : weights[i];
            s += wi * matches[i];
            w += wi;
        }
        return w == 0 ? 1 : s / w;
    }

    /** The greatest rarity times mismatch (1 - best cosine) over a side's words: a rare word left unmatched. */
    static double rareGap(double[] matches, double[] rarity) {
        double g = 0;
        for (int i = 0; i < matches.length; i++) {
            g = Math.max(g, rarity[i] * (1 - matches[i]));
        }
        return g;
    }

    static Set<String> charGrams(String s, int k) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= s.length(); i++) {
            out.add(s.substring(i, i + k));
        }
        return out;
    }

    static Set<String> wordGrams(List<String> w, int k) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + k)));
        }
        return out;
    }

    static double diceOf(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String g : x) {
            shared += y.contains(g) ? 1 : 0;
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }

    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "according", "added", "stated");

    static Set<String> numbers(List<Word> words) {
        Set<String> out = new HashSet<>();
        for (Word w : words) {
            if (w.isNumberLike()) {
                out.add(w.lower().replace(",", ""));
            }
        }
        return out;
    }

    /** {rarity-weighted share of a's content words b holds, rarest such word missing, a's total rarity, missing rarity}. */
    static double[] rarityMatched(List<Word> a, List<Word> b) {
        Set<String> inB = Word.forms(b);
        double all = 0;
        double matched = 0;
        double worst = 0;
        Set<String> seen = new HashSet<>();
        for (Word w : a) {
            if (!w.content() || !seen.add(w.lower())) {
                continue;
            }
            double idf = WordNet.get().rarity(w.lower(), w.lemma());
            all += idf;
            if (inB.contains(w.lower()) || inB.contains(w.lemma())) {
                matched += idf;
            } else {
                worst = Math.max(worst, idf);
            }
        }
        return new double[] {all == 0 ? 1 : matched / all, worst, all, all - matched};
    }

    static float[] max(float[][] v) {
        float[] out = v[0].clone();
        for (float[] r : v) {
            for (int j = 0; j < out.length; j++) {
                out[j] = Math.max(out[j], r[j]);
            }
        }
        return out;
    }

    /** Word pieces ("##x") of words in one sentence and not the other: rare words the vocabulary splits. */
    static double rarePieces(List<String> a, List<String> b) {
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        int off = 0;
        for (String p : sa) {
            if (p.startsWith("##") && !sb.contains(p)) {
                off++;
            }
        }
        for (String p : sb) {
            if (p.startsWith("##") && !sa.contains(p)) {
                off++;
            }
        }
        return Math.min(5, off);
    }

    static void put(List<Double> x, List<String> n, String name, double v) {
        x.add(v);
        n.add(name);
    }

    static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static boolean[] keep(List<String> pieces) {
        boolean[] k = new boolean[pieces.size()];
        for (int i = 0; i < k.length; i++) {
            String p = pieces.get(i);
            k[i] = !p.startsWith("[") && p.codePoints().anyMatch(Character::isLetterOrDigit)
                    && !Lexicon.STOPWORDS.contains(p);
        }
        return k;
    }

    /** {precision, recall, worst precision, worst recall} of greedy max-cosine token matching, [CLS]/[SEP] left out. */
    static double[] greedy(float[][] a, float[][] b, boolean[] ka, boolean[] kb) {
        int n = a.length;
        int m = b.length;
        double[] bestA = new double[n];
        double[] bestB = new double[m];
        Arrays.fill(bestA, -1);
        Arrays.fill(bestB, -1);
        for (int i = 1; i < n - 1; i++) {
            for (int j = 1; j < m - 1; j++) {
                double c = dot(a[i], b[j]);
                bestA[i] = Math.max(bestA[i], c);
                bestB[j] = Math.max(bestB[j], c);
            }
        }
        double[] pa = avg(bestA, ka);
        double[] pb = avg(bestB, kb);
        return new double[] {pa[0], pb[0], pa[1], pb[1]};
    }

    static double[] avg(double[] best, boolean[] k) {
        double s = 0;
        int c = 0;
        double worst = 1;
        for (int i = 1; i < best.length - 1; i++) {
            if (k == null || k[i]) {
                s += best[i];
                c++;
                worst = Math.min(worst, best[i]);
            }
        }
        return c == 0 ? new double[] {1, 1} : new double[] {s / c, worst};
    }

    static float[] mean(float[][] v) {
        float[] out = new float[v[0].length];
        for (float[] r : v) {
            for (int j = 0; j < out.length; j++) {
                out[j] += r[j] / v.length;
            }
        }
        return out;
    }

    static float[][] units(float[][] v) {
        float[][] out = new float[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = unit(v[i]);
        }
        return out;
    }

    static float[] unit(float[] v) {
        double norm = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** With -Dswap=true: each pair's features with the sentences the other way round, in the same order. */
    static final List<SameMeaningTuning.Pair> SWAPPED = new ArrayList<>();

    static List<SameMeaningTuning.Pair> select(List<SameMeaningTuning.Pair> pairs, List<Integer> cols) {
        List<SameMeaningTuning.Pair> sel = new ArrayList<>();
        for (SameMeaningTuning.Pair p : pairs) {
            double[] x = new double[cols.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = p.x()[cols.get(i)];
            }
            sel.add(new SameMeaningTuning.Pair(p.corpus(), p.a(), p.b(), p.same(), x));
        }
        return sel;
    }

    static void evaluate(String label, List<SameMeaningTuning.Pair> pairs, List<Integer> cols) {
        List<SameMeaningTuning.Pair> sel = select(pairs, cols);
        List<SameMeaningTuning.Pair> swapped = SWAPPED.size() == pairs.size() ? select(SWAPPED, cols) : null;
        if (swapped != null) {
            evaluateSwapped(label, sel, swapped);
            return;
        }
        int[] fold = SameMeaningTuning.folds(sel);
        boolean[] predicted = new boolean[sel.size()];
        for (int f = 0; f < 5; f++) {
            String boost = System.getProperty("boost");
            if (boost != null) {
                judgeByTrees(sel, null, inFold(fold, f), boost.split(","), predicted);
                continue;
            }
            List<SameMeaningTuning.Pair> train = new ArrayList<>();
            for (int i = 0; i < sel.size(); i++) {
                if (fold[i] != f) {
                    train.add(sel.get(i));
                }
            }
            double[] w = SameMeaningTuning.fit(train);
            for (int i = 0; i < sel.size(); i++) {
                if (fold[i] == f) {
                    predicted[i] = SameMeaning.probability(w, sel.get(i).x()) >= 0.5;
                }
            }
        }
        int[] right = new int[2];
        int[] n = new int[2];
        for (int i = 0; i < sel.size(); i++) {
            int c = sel.get(i).corpus().equals("MRPC") ? 0 : 1;
            n[c]++;
            right[c] += predicted[i] == sel.get(i).same() ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-60s MRPC %.1f%% PAWS %.1f%%",
                label.length() > 60 ? label.substring(0, 60) : label,
                100.0 * right[0] / Math.max(1, n[0]), 100.0 * right[1] / Math.max(1, n[1])));
        String boost = System.getProperty("boost");
        if (Boolean.getBoolean("halves") && boost != null) {
            String[] b = boost.split(",");
            for (int half = 0; half < 2; half++) {
                boolean[] test = SameMeaningTuning.judgedHalf(sel, half);
                judgeByTrees(sel, null, test, b, predicted);
                out.append(" | half").append(half + 1).append(accuracy(sel, predicted, test));
            }
        }
        System.out.println(out);
    }

    private static boolean[] inFold(int[] fold, int f) {
        boolean[] judged = new boolean[fold.length];
        for (int i = 0; i < fold.length; i++) {
            judged[i] = fold[i] == f;
        }
        return judged;
    }

    /**
     * Fits trees of the settings {@code b} (rounds, depth, rate, least leaf weight) on the pairs not judged, and the
     * same pairs the other way round when {@code swapped} is given (then a judged pair's score sums both directions);
     * writes the judged pairs' decisions into {@code predicted}.
     */
    static void judgeByTrees(List<SameMeaningTuning.Pair> sel, List<SameMeaningTuning.Pair> swapped, boolean[] judged,
            String[] b, boolean[] predicted) {
        List<SameMeaningTuning.Pair> train = new ArrayList<>();
        for (int i = 0; i < sel.size(); i++) {
            if (!judged[i]) {
                train.add(sel.get(i));
                if (swapped != null) {
                    train.add(swapped.get(i));
                }
            }
        }
        Boosting model = new Boosting(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Double.parseDouble(b[2]),
                Double.parseDouble(b[3]));
        model.fit(train);
        for (int i = 0; i < sel.size(); i++) {
            if (judged[i]) {
                double score = model.score(sel.get(i).x()) + (swapped == null ? 0 : model.score(swapped.get(i).x()));
                predicted[i] = score >= 0;
            }
        }
    }

    /**
     * Trees fitted on each training pair both ways round; a judged pair's score is the mean of its two directions.
     * Also the halves (first half of each corpus fits, second judged, and the reverse).
     */
    static void evaluateSwapped(String label, List<SameMeaningTuning.Pair> sel, List<SameMeaningTuning.Pair> swapped) {
        String[] b = System.getProperty("boost", "200,3,0.1,5").split(",");
        int[] fold = SameMeaningTuning.folds(sel);
        boolean[] predicted = new boolean[sel.size()];
        for (int f = 0; f < 5; f++) {
            judgeByTrees(sel, swapped, inFold(fold, f), b, predicted);
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-50s", label.length() > 50 ? label.substring(0, 50) : label));
        out.append(accuracy(sel, predicted, null));
        if (Boolean.getBoolean("halves")) {
            for (int half = 0; half < 2; half++) {
                boolean[] test = SameMeaningTuning.judgedHalf(sel, half);
                judgeByTrees(sel, swapped, test, b, predicted);
                out.append(" | half").append(half + 1).append(accuracy(sel, predicted, test));
            }
        }
        System.out.println(out);
    }

    static String accuracy(List<SameMeaningTuning.Pair> sel, boolean[] predicted, boolean[] only) {
        int[] right = new int[2];
        int[] n = new int[2];
        for (int i = 0; i < sel.size(); i++) {
            if (only != null && !only[i]) {
                continue;
            }
            int c = sel.get(i).corpus().equals("MRPC") ? 0 : 1;
            n[c]++;
            right[c] += predicted[i] == sel.get(i).same() ? 1 : 0;
        }
        return String.format(Locale.ROOT, " MRPC %.1f%% PAWS %.1f%%", 100.0 * right[0] / Math.max(1, n[0]),
                100.0 * right[1] / Math.max(1, n[1]));
    }

    private SameMeaningExplore() {
    }
}
