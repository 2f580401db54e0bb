package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The tuning tool's per-sentence model outputs (pieces and last-layer vectors) kept under target/ for refits. */
final class TokenStore {
    record Tokens(List<String> pieces, float[][] vectors) {
    }

    private final Map<String, Tokens> known = new ConcurrentHashMap<>();
    private final Path file;

    TokenStore(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String s = in.readUTF();
                    int len = in.readInt();
                    int dim = in.readInt();
                    List<String> pieces = new ArrayList<>(len);
                    float[][] v = new float[len][dim];
                    for (int t = 0; t < len; t++) {
                        pieces.add(in.readUTF());
                        for (int j = 0; j < dim; j++) {
                            v[t][j] = in.readFloat();
                        }
                    }
                    known.put(s, new Tokens(pieces, v));
                }
            }
        }
    }

    Tokens get(String sentence) {
        return known.get(sentence);
    }

    /** Encodes the sentences not yet known, on the given number of threads; returns how many were encoded. */
    int encodeMissing(Collection<String> sentences, BgeSmallEncoder model, int threads) throws Exception {
        List<String> missing = sentences.stream().distinct().filter(s -> !known.containsKey(s)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String s : missing) {
                done.add(pool.submit(() -> known.put(s, new Tokens(model.pieces(s), model.tokenVectors(s)))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return missing.size();
    }

    void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20))) {
            out.writeInt(known.size());
            for (Map.Entry<String, Tokens> e : known.entrySet()) {
                out.writeUTF(e.getKey());
                float[][] v = e.getValue().vectors();
                out.writeInt(v.length);
                out.writeInt(v[0].length);
                for (int t = 0; t < v.length; t++) {
                    out.writeUTF(e.getValue().pieces().get(t));
                    for (float x : v[t]) {
                        out.writeFloat(x);
                    }
                }
            }
        }
    }
}
