package dev.drift.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.engine.text.InputRejectedException;
import dev.drift.engine.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PolNeAR development set in ../shared/eval/polnear-dev/: articles with their gold direct quotations and
 * quoted spans no attribution claims. Gold offsets are Unicode code points; here they are Java string indices.
 */
public final class Polnear {
    public record Span(int start, int end, String text) {
        public int length() {
            return end - start;
        }

        /** The match rule: the overlap covers at least half of the shorter span. */
        public boolean matches(int s, int e) {
            int overlap = Math.min(end, e) - Math.max(start, s);
            return overlap > 0 && 2 * overlap >= Math.min(length(), e - s);
        }
    }

    /**
     * @param speaker         the source as annotated (a pronoun for a pronoun source); checked by reading where
     *                        {@code speakerChecked}
     * @param speakerResolved for a pronoun source, the checked name it stands for
     * @param speakerAlso     other descriptions the article uses for the same speaker: any of them counts as right
     */
    public record GoldQuote(Span span, String speaker, String speakerResolved, List<String> speakerAlso) {
    }

    public record Item(String file, String text, List<GoldQuote> quotes, List<Span> notSpeech) {
    }

    private Polnear() {
    }

    public static Path dir() {
        return Seeds.evalDir().resolve("polnear-dev");
    }

    public static boolean present() {
        return Files.isRegularFile(dir().resolve("gold.json"));
    }

    /** Every article file, whether or not gold.json names it. */
    public static List<Path> articleFiles() throws IOException {
        try (var files = Files.list(dir().resolve("articles"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static String read(Path file) throws IOException {
        try {
            return new TextDecoder().decode(Files.readAllBytes(file));
        } catch (InputRejectedException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<Item> load() throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir().resolve("gold.json").toFile());
        List<Item> items = new ArrayList<>();
        for (JsonNode article : root.get("articles")) {
            String file = article.get("file").asText();
            String text = read(dir().resolve(file));
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : article.get("quotes")) {
                List<String> also = new ArrayList<>();
                if (q.has("speakerAlso")) {
                    q.get("speakerAlso").forEach(a -> also.add(a.asText()));
                }
                quotes.add(new GoldQuote(span(text, q), textOrNull(q.get("speaker")), textOrNull(q.get("speakerResolved")),
                        also));
            }
            List<Span> notSpeech = new ArrayList<>();
            for (JsonNode q : article.get("notSpeech")) {
                notSpeech.add(span(text, q));
            }
            items.add(new Item(file, text, quotes, notSpeech));
        }
        return items;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Span span(String text, JsonNode q) {
        int start = text.offsetByCodePoints(0, q.get("start").asInt());
        int end = text.offsetByCodePoints(start, q.get("end").asInt() - q.get("start").asInt());
        String expected = q.get("text").asText();
        if (!text.substring(start, end).equals(expected)) {
            throw new IllegalStateException("gold offsets do not give the gold text: " + expected);
        }
        return new Span(start, end, expected);
    }
}
