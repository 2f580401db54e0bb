package dev.drift.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an article from a local file without ever reading more than the limit: the file's kind and size are
 * checked before it is opened (so a named pipe is never opened and cannot block), and the read itself stops one
 * byte past the limit in case the file grew in between.
 */
public final class TextFiles {
    private TextFiles() {
    }

    public static String read(Path file, TextDecoder decoder) throws InputRejectedException {
        return decoder.decode(readBytes(file, decoder.maxBytes()));
    }

    public static byte[] readBytes(Path file, long maxBytes) throws InputRejectedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(InputRejectedException.Reason.MISSING, "no such file");
        } catch (IOException e) {
            throw new InputRejectedException(InputRejectedException.Reason.UNREADABLE, "cannot read its attributes (" + reason(e) + ")");
        }
        if (attributes.isDirectory()) {
            throw new InputRejectedException(InputRejectedException.Reason.NOT_A_FILE, "a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new InputRejectedException(InputRejectedException.Reason.NOT_A_FILE,
                    "not a regular file (a device, named pipe or socket); give a text file");
        }
        if (attributes.size() > maxBytes) {
            throw oversized(attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw oversized(bytes.length, maxBytes);
            }
            return bytes;
        } catch (AccessDeniedException e) {
            throw new InputRejectedException(InputRejectedException.Reason.UNREADABLE, "permission denied");
        } catch (IOException e) {
            throw new InputRejectedException(InputRejectedException.Reason.UNREADABLE, "cannot read (" + reason(e) + ")");
        }
    }

    private static InputRejectedException oversized(long size, long maxBytes) {
        return new InputRejectedException(InputRejectedException.Reason.OVERSIZED,
                "oversized input: " + size + (size == maxBytes + 1 ? " or more" : "") + " bytes exceeds the limit of " + maxBytes + " bytes");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
