package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
import dev.drift.engine.meaning.SentenceEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The tuning tool's encodings kept in a file under target/, so refitting does not re-run the model. */
final class StoredEncodings implements SentenceEncoder {
    private final SentenceEncoder model;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();
    private long encoded;

    /** The file for a model's encodings (null: the product's bge-small, whose file predates the others). */
    static Path fileFor(String model) {
        return Path.of(model == null || model.equals(BgeSmallEncoder.MODEL_NAME) ? "target/same-meaning-encodings.bin"
                : "target/same-meaning-encodings-" + model + ".bin");
    }

    StoredEncodings(SentenceEncoder model, Path file) throws IOException {
        this.model = model;
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String s = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    known.put(s, v);
                }
            }
        }
    }

    @Override
    public float[] encode(String sentence) {
        return known.computeIfAbsent(sentence, s -> {
            encoded++;
            return model.encode(s);
        });
    }

    long encodedCount() {
        return encoded;
    }

    void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(known.size());
            for (Map.Entry<String, float[]> e : known.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float x : e.getValue()) {
                    out.writeFloat(x);
                }
            }
        }
    }
}
