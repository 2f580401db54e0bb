package dev.drift.engine.text;

import dev.drift.engine.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer scans by hand for speed; its definition is this regular expression, which the test uses as the
 * oracle on hand-picked edge cases and on every seed and evaluation text.
 */
class TokenizerTest {
    private static final Pattern DEFINITION = Pattern.compile(
            "(?<acr>(?:\\p{Lu}\\.){2,})"
                    + "|(?<num>\\d+(?:[,.]\\d+)*)"
                    + "|(?<word>[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*)");

    @Test
    void edgeCasesMatchTheDefinition() {
        for (String s : List.of("U.S. officials", "the U.S.A said", "U.K.", "A. B. Smith", "6,000 people", "6,000,",
                "2.5.", "1st and 2nd", "3..4", "rock'n'roll", "don’t", "people' s", "'quoted'", "Ελληνικά λέξεις",
                "日本語のテキスト", "x²", "Ⅻ century", "𝐀𝐁𝐂 math letters", "tail'", "A.B", "US-backed", "e.g. this",
                "", " ", "…", "١٢٣ arabic digits", "NATO's", "CEOs’")) {
            assertSameTokens(s, 0, s.length());
        }
        String s = "Before U.S. troops left, 6,000 fled.";
        assertSameTokens(s, 7, 30);
        assertSameTokens(s, 8, 29);
    }

    @Test
    void everySeedAndEvaluationTextMatchesTheDefinition() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Seeds.seedsDir())) {
            seeds.forEach(files::add);
        }
        if (Files.isDirectory(Seeds.evalDir())) { // the evaluation texts only when they are beside the project
            try (Stream<Path> eval = Files.list(Seeds.evalDir())) {
                eval.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (Path f : files) {
            String text = Files.readString(f);
            assertSameTokens(text, 0, text.length());
            // Pieces below the whole-text cache's threshold, cut anywhere, are scanned directly.
            for (int from = 0; from < text.length(); from += 10_007) {
                String piece = text.substring(from, Math.min(text.length(), from + 1_500));
                assertSameTokens(piece, 0, piece.length());
            }
        }
    }

    private static void assertSameTokens(String text, int from, int to) {
        assertEquals(expected(text, from, to), Tokenizer.tokenize(text, from, to), () -> "range " + from + ".." + to);
    }

    private static List<String> expected(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static void assertEquals(List<String> expected, List<Token> actual, java.util.function.Supplier<String> where) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual.stream().map(t -> t.start() + ":" + t.text()).toList(), where);
    }

}
