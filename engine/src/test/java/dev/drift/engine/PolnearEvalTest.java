package dev.drift.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.drift.engine.document.Article;
import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.Quotation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quotations and speakers measured on PolNeAR's development articles (../shared/eval/polnear-dev/): quotation
 * F1, recall of short quotations, notSpeech spans kept non-speech, and speaker accuracy for names and roles and
 * for pronouns. Set {@code -Ddrift.polnear.dump=FILE} to write every miss for inspection.
 */
class PolnearEvalTest {
    /** Gold speakers that stand for someone named elsewhere: scored against {@code speakerResolved}. */
    private static final Set<String> REFERRING = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "who", "which");
    /** Words that end the head phrase of a gold speaker ("a professor of ...", "Baer, who runs ..."). */
    private static final Set<String> HEAD_ENDERS = Set.of("who", "which", "that", "of", "at", "for", "in", "from",
            "filed", "and", "with", "on");

    record Figures(int gold, int predicted, int truePredicted, int recalled, int shortGold, int shortRecalled,
                   int notSpeech, int notSpeechKept, int namedGold, int namedRight, int pronounGold,
                   int pronounRight) {
        double precision() {
            return ratio(truePredicted, predicted);
        }

        double recall() {
            return ratio(recalled, gold);
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        double shortRecall() {
            return ratio(shortRecalled, shortGold);
        }

        double notSpeechKeptShare() {
            return ratio(notSpeechKept, notSpeech);
        }

        double namedAccuracy() {
            return ratio(namedRight, namedGold);
        }

        double pronounAccuracy() {
            return ratio(pronounRight, pronounGold);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    @Test
    void quotationsAndSpeakers() throws IOException {
        Assumptions.assumeTrue(Polnear.present(), "../shared/eval/polnear-dev absent");
        String dump = System.getProperty("drift.polnear.dump");
        PrintWriter out = dump == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8));
        Figures f = measure(Polnear.load(), out);
        if (out != null) {
            out.close();
        }
        System.out.printf(Locale.ROOT, "PolNeAR dev: %d gold quotations, %d predicted; precision %.3f recall %.3f F1 %.3f%n",
                f.gold(), f.predicted(), f.precision(), f.recall(), f.f1());
        System.out.printf(Locale.ROOT, "  1-3 words recalled %.3f (%d/%d); notSpeech kept non-speech %.3f (%d/%d)%n",
                f.shortRecall(), f.shortRecalled(), f.shortGold(), f.notSpeechKeptShare(), f.notSpeechKept(), f.notSpeech());
        System.out.printf(Locale.ROOT, "  speaker right: names and roles %.3f (%d/%d), pronouns %.3f (%d/%d)%n",
                f.namedAccuracy(), f.namedRight(), f.namedGold(), f.pronounAccuracy(), f.pronounRight(), f.pronounGold());
        assertTrue(f.f1() > 0, "the extractor finds quotations");
    }

    static Figures measure(List<Polnear.Item> items, PrintWriter out) {
        ArticleParser parser = new ArticleParser();
        int gold = 0, predicted = 0, truePredicted = 0, recalled = 0, shortGold = 0, shortRecalled = 0;
        int notSpeech = 0, notSpeechKept = 0, namedGold = 0, namedRight = 0, pronounGold = 0, pronounRight = 0;
        for (Polnear.Item item : items) {
            Article article = parser.parse(item.file(), item.text());
            List<Quotation> speech = article.quotations().stream().filter(Quotation::speech).toList();
            predicted += speech.size();
            for (Quotation q : speech) {
                if (item.quotes().stream().anyMatch(g -> g.span().matches(q.start(), q.end()))) {
                    truePredicted++;
                } else if (out != null) {
                    out.printf("FALSE %s | %s | speaker=%s%n", item.file(), q.text(), q.speaker());
                }
            }
            for (Polnear.GoldQuote g : item.quotes()) {
                gold++;
                boolean isShort = g.span().text().strip().split("\\s+").length <= 3;
                if (isShort) {
                    shortGold++;
                }
                Quotation found = best(speech, g.span());
                if (found == null) {
                    if (out != null) {
                        out.printf("MISSED %s | %s | %s%n", item.file(), g.span().text(), context(item.text(), g.span()));
                    }
                    continue;
                }
                recalled++;
                if (isShort) {
                    shortRecalled++;
                }
                String speaker = g.speaker();
                boolean referring = speaker != null && REFERRING.contains(speaker.strip().toLowerCase(Locale.ROOT));
                String target = referring ? g.speakerResolved() : speaker;
                if (target == null || target.strip().equalsIgnoreCase("said")) {
                    continue; // no gold speaker to score against
                }
                boolean right = speakerRight(target, found.speaker())
                        || g.speakerAlso().stream().anyMatch(also -> speakerRight(also, found.speaker()));
                if (referring) {
                    pronounGold++;
                    pronounRight += right ? 1 : 0;
                } else {
                    namedGold++;
                    namedRight += right ? 1 : 0;
                }
                if (!right && out != null) {
                    out.printf("SPEAKER %s %s | gold=%s (%s) | ours=%s | %s%n", referring ? "PRON" : "NAME", item.file(),
                            speaker, target, found.speaker(), context(item.text(), g.span()));
                }
            }
            for (Polnear.Span n : item.notSpeech()) {
                notSpeech++;
                if (best(speech, n) == null) {
                    notSpeechKept++;
                } else if (out != null) {
                    out.printf("NOTSPEECH-AS-SPEECH %s | %s | %s%n", item.file(), n.text(), context(item.text(), n));
                }
            }
        }
        return new Figures(gold, predicted, truePredicted, recalled, shortGold, shortRecalled, notSpeech, notSpeechKept,
                namedGold, namedRight, pronounGold, pronounRight);
    }

    private static Quotation best(List<Quotation> speech, Polnear.Span g) {
        Quotation best = null;
        int bestOverlap = 0;
        for (Quotation q : speech) {
            int overlap = Math.min(g.end(), q.end()) - Math.max(g.start(), q.start());
            if (g.matches(q.start(), q.end()) && overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static String context(String text, Polnear.Span s) {
        int from = Math.max(0, s.start() - 120);
        int to = Math.min(text.length(), s.end() + 80);
        return text.substring(from, to).replace('\n', ' ');
    }

    /** The gold speaker's surname or head noun appears, as a word, in ours. */
    static boolean speakerRight(String gold, String ours) {
        if (ours == null) {
            return false;
        }
        List<String> oursWords = words(ours);
        for (String head : heads(gold)) {
            if (oursWords.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** The last word of each of the first two comma-separated parts, each cut before a clause or complement. */
    static List<String> heads(String gold) {
        // Resolved speakers come from a tokenised corpus: its bracket tokens and split possessives are undone first.
        String plain = gold.replaceAll("-LRB-.*?(-RRB-|$)", " ").replaceAll("-LSB-|-RSB-|``|''", " ")
                .replaceAll(" ['’]s\\b", "").replaceAll("\\([^)]*\\)", " ");
        List<String> heads = new ArrayList<>();
        String[] parts = plain.split(",");
        for (int p = 0; p < parts.length && p < 2; p++) {
            List<String> ws = words(parts[p]);
            int end = 0;
            while (end < ws.size() && (end == 0 || !HEAD_ENDERS.contains(ws.get(end)))) {
                end++;
            }
            if (end > 0) {
                heads.add(ws.get(end - 1));
            }
            String[] written = parts[p].strip().split("\\s+");
            if (p == 0 && end > 0 && end < ws.size() && written.length >= 2 && isName(written[written.length - 2])
                    && java.util.Arrays.stream(written).allMatch(w -> isName(w) || TITLE_JOINERS.contains(w))) {
                // "Secretary of State John F. Kerry" is Kerry: a title before a full name is not the head.
                heads.set(heads.size() - 1, ws.get(ws.size() - 1));
            }
        }
        return heads;
    }

    private static final Set<String> TITLE_JOINERS = Set.of("of", "the", "for", "and");

    private static boolean isName(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’.-]+")) {
            String t = w.replaceAll("^[.'’-]+|[.'’-]+$", "").replaceAll("['’]s$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
