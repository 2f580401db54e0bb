package dev.drift.calibration;

import dev.drift.engine.ArticleParser;
import dev.drift.engine.document.Article;
import dev.drift.engine.document.Quotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Exploration: the speakers the engine gives the quotations of news sentences it was not written on, for reading by
 * hand. Every distinct MRPC train sentence with a pair of quotation marks, each parsed as an article of its own,
 * shuffled by a seed; prints the first N that hold a quotation read as speech, numbered, with each quotation's
 * speaker. Single sentences have no context, so a pronoun is the right answer where the sentence credits one.
 * Usage: {@code MrpcSpeakers [EVAL_DIR [SEED [N]]]} (defaults: the eval folder, 99, 150).
 */
public final class MrpcSpeakers {
    private MrpcSpeakers() {
    }

    public static void main(String[] args) throws Exception {
        Path eval = args.length > 0 ? Path.of(args[0]) : EvalData.dir();
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 99;
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        Set<String> sentences = new LinkedHashSet<>();
        for (String line : Files.readAllLines(eval.resolve("mrpc-train.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            for (int i = 3; i < Math.min(5, f.length); i++) {
                if (f[i].chars().filter(c -> c == '"').count() >= 2) {
                    sentences.add(f[i]);
                }
            }
        }
        List<String> order = new ArrayList<>(sentences);
        Collections.shuffle(order, new Random(seed));
        ArticleParser parser = new ArticleParser();
        int shown = 0;
        for (String sentence : order) {
            if (shown == wanted) {
                break;
            }
            Article article = parser.parse("mrpc", sentence);
            if (article.quotations().stream().noneMatch(Quotation::speech)) {
                continue;
            }
            shown++;
            StringBuilder line = new StringBuilder();
            for (Quotation q : article.quotations()) {
                String start = q.text().length() > 40 ? q.text().substring(0, 40) + "…" : q.text();
                line.append(" || \"").append(start).append("\" speech=").append(q.speech()).append(" -> ").append(q.speaker());
            }
            System.out.println(shown + ". " + sentence + "\n     " + line);
        }
        System.out.printf("%d of %d sentences with quotation marks shown%n", shown, sentences.size());
    }
}
