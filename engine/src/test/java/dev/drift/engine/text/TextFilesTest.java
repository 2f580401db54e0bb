package dev.drift.engine.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
    @Test
    void regularFileWithinTheLimitIsRead(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Hello there.");
        assertArrayEquals("Hello there.".getBytes(), TextFiles.readBytes(f, 100));
    }

    @Test
    void specialFilesAreRefusedByKindWithoutBeingOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (Path p : new Path[] {fifo, Path.of("/dev/zero"), dir}) {
            // Opening a pipe with no writer blocks for ever; refusing it must not open it.
            InputRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(InputRejectedException.class, () -> TextFiles.readBytes(p, 1000)));
            assertEquals(InputRejectedException.Reason.NOT_A_FILE, e.reason(), p.toString());
        }
        assertEquals(InputRejectedException.Reason.MISSING,
                assertThrows(InputRejectedException.class, () -> TextFiles.readBytes(dir.resolve("none"), 1000)).reason());
    }

    @Test
    void oversizedFileIsRefusedFromItsSize(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(1L << 34); // 16 GB, sparse: reading it would exhaust any heap
        }
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> TextFiles.readBytes(big, 5_000_000));
        assertEquals(InputRejectedException.Reason.OVERSIZED, e.reason());
    }
}
