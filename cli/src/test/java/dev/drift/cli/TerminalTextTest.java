package dev.drift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text and file names reach the terminal with every control character escaped (issue: terminal injection). */
class TerminalTextTest {

    @Test
    void controlCharactersAreEscapedAndOrdinaryTextIsNot() {
        assertEquals("plain “text” — é\ttab\nline", TerminalText.escape("plain “text” — é\ttab\nline"));
        assertEquals("\\u001B[2J cleared", TerminalText.escape("\u001B[2J cleared"));
        assertEquals("\\u009B31m \\u0007 \\u000D \\u0008", TerminalText.escape("\u009B31m \u0007 \r \b"));
        assertEquals("abc\\u202Eevil\\u2066", TerminalText.escape("abc\u202Eevil\u2066"));
        assertEquals("\\u007F", TerminalText.escape("\u007F"));
    }

    @Test
    void aFileNameStaysOneLine() {
        assertEquals("a\\u000Ab\\u0009c\\u001B.txt", TerminalText.name(Path.of("a\nb\tc\u001B.txt")));
    }

    @Test
    void printfAndPrintlnGoThroughTheEscape() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream s = TerminalText.stream(bytes);
        s.printf("%s|", "\u001B]0;title\u0007");
        s.println("\u001Bc");
        s.print(new char[] {'\u009B', 'x'});
        s.append("\u202E");
        s.flush();
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("\\u001B]0;title\\u0007|\\u001Bc" + System.lineSeparator() + "\\u009Bx\\u202E", out);
    }

    @Test
    void aHostileArticleCannotDriveTheTerminalFromTheCompareSummary(@TempDir Path dir) throws Exception {
        Path original = dir.resolve("original.txt");
        Path reprint = dir.resolve("reprint\u001B[2J\nsecond line.txt");
        Files.writeString(original, "The minister said 41 people were injured in the blast on Monday.\n");
        Files.writeString(reprint, "The minister said \u001B]0;pwned\u0007 14 people were injured in the \u202Eblast on Monday.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new DriftCli(TerminalText.stream(out), TerminalText.stream(err))
                .run(new String[] {"compare", original.toString(), reprint.toString()});
        String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, all);
        assertFalse(all.chars().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x202E), all);
        assertTrue(all.contains("\\u001B"), all);
        assertTrue(all.contains("reprint\\u001B[2J\\u000Asecond line.txt compared with original.txt"), all);
    }
}
