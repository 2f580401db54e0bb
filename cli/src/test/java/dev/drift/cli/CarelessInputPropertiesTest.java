package dev.drift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;

/**
 * Generated hostile strings, file names and line files: what reaches a terminal carries no control character, no two
 * reports share a name, and every good line of a line file is read under its own number. jqwik prints the number of
 * tries of each property.
 */
class CarelessInputPropertiesTest {

    @Property(tries = 2000)
    void nothingPrintedDrivesTheTerminal(@ForAll @CharRange(from = 0, to = 0x3000) String article) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = TerminalText.stream(bytes);
        out.print(article);
        out.println(article);
        out.printf("%s%n", article);
        out.flush();
        String printed = bytes.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < printed.length(); i++) {
            assertFalse(TerminalText.unsafe(printed.charAt(i)), () -> "raw control character in " + printed);
        }
    }

    @Property(tries = 2000)
    void aNameIsOneLine(@ForAll @CharRange(from = 0, to = 0x3000) String fileName) {
        String shown = TerminalText.name(fileName);
        assertEquals(-1, shown.indexOf('\n'));
        assertEquals(-1, shown.indexOf('\t'));
        assertTrue(shown.chars().noneMatch(c -> TerminalText.unsafe((char) c)));
    }

    @Provide
    Arbitrary<List<Path>> reprintPaths() {
        // Few distinct parts, mixed case: clashes between folders, cases and the story page's name are the point.
        Arbitrary<String> part = Arbitraries.of("a", "A", "b", "index", "INDEX", "r.txt", "R.TXT", "r.txt-2", "a--r.txt");
        return Combinators.combine(part, part, part).as((x, y, z) -> Path.of("/in", x, y, z)).list().ofMaxSize(25);
    }

    @Property(tries = 1000)
    void noTwoReportsShareAName(@ForAll("reprintPaths") List<Path> reprints,
                                @ForAll("reprintPaths") List<Path> heldByOtherPairs) {
        Set<String> held = new HashSet<>();
        heldByOtherPairs.forEach(p -> held.add(p.getFileName().toString()));
        ReportNames names = new ReportNames();
        Set<String> given = new HashSet<>();
        for (Path reprint : reprints) {
            String name = names.next(reprint, held::contains);
            assertTrue(given.add(name.toLowerCase(Locale.ROOT)), () -> name + " given twice");
            assertNotEquals("index", name.toLowerCase(Locale.ROOT));
            assertFalse(held.contains(name), () -> name + " belongs to another pair");
        }
    }

    @Provide
    Arbitrary<List<byte[]>> lines() {
        Arbitrary<byte[]> good = Arbitraries.strings().withCharRange(' ', '\u2FFF').ofMaxLength(40)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> latin1 = Arbitraries.strings().withCharRange('\u00C0', '\u00FF').ofMinLength(1).ofMaxLength(10)
                .map(s -> s.getBytes(StandardCharsets.ISO_8859_1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, good), net.jqwik.api.Tuple.of(1, latin1)).list().ofMaxSize(30);
    }

    @Property(tries = 1000)
    void everyGoodLineIsReadUnderItsNumber(@ForAll("lines") List<byte[]> lines) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            file.writeBytes(lines.get(i));
            if (i + 1 < lines.size()) {
                file.write('\n');
            }
        }
        List<String> read = Utf8Lines.split(file.toByteArray());
        assertEquals(Math.max(1, lines.size()), read.size());
        for (int i = 0; i < lines.size(); i++) {
            String expected = strictUtf8(lines.get(i));
            if (expected == null) {
                assertNull(read.get(i), "line " + (i + 1));
            } else {
                assertEquals(expected.endsWith("\r") ? expected.substring(0, expected.length() - 1) : expected,
                        read.get(i), "line " + (i + 1));
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
