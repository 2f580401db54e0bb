package dev.drift.embeddings;

import ai.djl.modality.nlp.DefaultVocabulary;
import ai.djl.modality.nlp.Vocabulary;
import ai.djl.modality.nlp.bert.BertFullTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.drift.engine.meaning.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * BAAI's bge-small-en-v1.5 (quantized ONNX, as shipped in the langchain4j model jar) run by ONNX Runtime in
 * process: BERT WordPiece tokens in, the [CLS] vector of the last layer out, scaled to unit length (the model's
 * own pooling). One session, loaded once; safe to share between threads.
 */
public final class BgeSmallEncoder implements SentenceEncoder, AutoCloseable {
    public static final String MODEL_NAME = "bge-small-en-v1.5-q";
    /** System property naming an unpacked copy of the model file, read instead of the classpath's when present. */
    public static final String MODEL_FILE_PROPERTY = "drift.model.file";
    /**
     * System property naming a file for ONNX Runtime's optimized form of the model (the launcher's, in its build
     * folder): a fresh process reads it instead of optimizing the graph again, about 0.1 s less; written when missing.
     */
    public static final String OPTIMIZED_FILE_PROPERTY = "drift.model.optimized";
    private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";
    /** The model's position limit, less the [CLS] and [SEP] marks. */
    private static final int MAX_PIECES = 510;
    /**
     * One thread per inference: the engine's parallelism is whole analyses on separate threads, and a single-threaded
     * run costs the same CPU time without idle spinning threads on a shared or one-core machine.
     */
    private static final int INTRA_OP_THREADS = 1;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final BertFullTokenizer tokenizer;
    private final Vocabulary vocabulary;
    private final long cls;
    private final long sep;
    private final boolean takesTokenTypes;

    private BgeSmallEncoder(OrtEnvironment environment, OrtSession session, BertFullTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.vocabulary = tokenizer.getVocabulary();
        this.cls = vocabulary.getIndex("[CLS]");
        this.sep = vocabulary.getIndex("[SEP]");
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model and its vocabulary from the classpath (no network), or the model from the file named by the
     * system property {@value #MODEL_FILE_PROPERTY} when set (the launcher's copy unpacked at build time: mapping a
     * file is faster than inflating 34 MB from a jar in a fresh process). With {@value #OPTIMIZED_FILE_PROPERTY} set,
     * the graph ONNX Runtime optimized is kept in that file and read from it by later processes. The vocabulary is
     * read on another thread meanwhile. Takes a few hundred milliseconds.
     */
    public static BgeSmallEncoder load() {
        String optimized = System.getProperty(OPTIMIZED_FILE_PROPERTY);
        return load(optimized == null ? null : Path.of(optimized));
    }

    /** As {@link #load()}, keeping the optimized graph in {@code optimized} when not null. */
    static BgeSmallEncoder load(Path optimized) {
        CompletableFuture<Vocabulary> vocabulary = CompletableFuture.supplyAsync(BgeSmallEncoder::vocabulary);
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            OrtSession session;
            if (optimized != null && Files.isRegularFile(optimized)) {
                // Already optimized: its fused graph is the one the options below would build from the model.
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
                session = environment.createSession(optimized.toString(), options);
            } else {
                // A kept file is optimized to the extended level, not all: the layout rewrites of "all" are for
                // convolutions (none here; the vectors are the same) and would tie the file to this processor.
                options.setOptimizationLevel(optimized == null ? OrtSession.SessionOptions.OptLevel.ALL_OPT
                        : OrtSession.SessionOptions.OptLevel.EXTENDED_OPT);
                Path writing = optimized == null ? null
                        : optimized.resolveSibling(optimized.getFileName() + "." + ProcessHandle.current().pid());
                if (writing != null) {
                    options.setOptimizedModelFilePath(writing.toString());
                }
                String file = System.getProperty(MODEL_FILE_PROPERTY);
                session = file != null && Files.isRegularFile(Path.of(file))
                        ? environment.createSession(file, options)
                        : environment.createSession(resource(MODEL_RESOURCE), options);
                if (writing != null) {
                    keep(writing, optimized);
                }
            }
            return new BgeSmallEncoder(environment, session, new BertFullTokenizer(vocabulary.join(), true));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the sentence model: " + e.getMessage(), e);
        }
    }

    /** Moves a written file into place whole (a process reading it meanwhile sees it all or not at all). */
    private static void keep(Path written, Path target) {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            // Only a saving for later processes: without it they optimize the model again.
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // nothing kept either way
            }
        }
    }

    /**
     * Starts loading the model on a thread of its own and returns at once; the first sentence encoded waits for the
     * load (and throws its failure). For a fresh process that has other work to do before it needs the model.
     */
    public static LoadingEncoder loadInBackground() {
        return new LoadingEncoder();
    }

    private static byte[] resource(String name) {
        try (InputStream in = BgeSmallEncoder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("model file missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The WordPiece vocabulary of the model's tokenizer.json, in id order. Read as a stream of tokens, skipping all
     * but the vocabulary's object: building the whole document's tree took a fresh process twice as long.
     */
    private static Vocabulary vocabulary() {
        try (JsonParser json = new JsonFactory().createParser(resource(TOKENIZER_RESOURCE))) {
            if (json.nextToken() != JsonToken.START_OBJECT || !toField(json, "model") || !toField(json, "vocab")) {
                throw new IllegalStateException("no model.vocab object in " + TOKENIZER_RESOURCE);
            }
            List<String> byId = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String piece = json.currentName();
                json.nextToken();
                int id = json.getIntValue();
                while (byId.size() <= id) {
                    byId.add(null);
                }
                byId.set(id, piece);
            }
            return DefaultVocabulary.builder().add(byId).optUnknownToken("[UNK]").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves into the object value of the named field of the current object, skipping the fields before it. */
    private static boolean toField(JsonParser json, String name) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            boolean found = name.equals(json.currentName());
            if (json.nextToken() == JsonToken.START_OBJECT && found) {
                return true;
            }
            json.skipChildren();
        }
        return false;
    }

    /** The model's input ids for a sentence: [CLS], its word pieces (at most {@link #MAX_PIECES}), [SEP]. */
    public long[] tokenIds(String sentence) {
        List<String> pieces = tokenizer.tokenize(sentence);
        int n = Math.min(pieces.size(), MAX_PIECES);
        long[] ids = new long[n + 2];
        ids[0] = cls;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = vocabulary.getIndex(pieces.get(i));
        }
        ids[n + 1] = sep;
        return ids;
    }

    @Override
    public float[] encode(String sentence) {
        return unit(lastLayer(tokenIds(sentence))[0]);
    }

    /** The word pieces of a sentence as the model reads them, with the [CLS] and [SEP] marks. */
    public List<String> pieces(String sentence) {
        List<String> pieces = tokenizer.tokenize(sentence);
        List<String> out = new ArrayList<>(Math.min(pieces.size(), MAX_PIECES) + 2);
        out.add("[CLS]");
        out.addAll(pieces.subList(0, Math.min(pieces.size(), MAX_PIECES)));
        out.add("[SEP]");
        return out;
    }

    /** The last layer's vector of every piece of the sentence (as {@link #pieces}), [CLS] first. */
    public float[][] tokenVectors(String sentence) {
        return lastLayer(tokenIds(sentence));
    }

    private float[][] lastLayer(long[] ids) {
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        return run(new long[][] {ids}, new long[][] {mask})[0];
    }

    /**
     * The last layer for rows of ids. Called with one row: the quantized model scales its activations per run, so a
     * sentence run in a batch with others (and their padding) gets a slightly different vector (up to 0.005 in cosine
     * here), and an encoding must not depend on which sentences happened to be encoded with it.
     */
    private float[][][] run(long[][] ids, long[][] mask) {
        List<OnnxTensor> inputs = new ArrayList<>(3);
        try {
            OnnxTensor idTensor = OnnxTensor.createTensor(environment, ids);
            inputs.add(idTensor);
            OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
            inputs.add(maskTensor);
            Map<String, OnnxTensor> feed = new HashMap<>();
            feed.put("input_ids", idTensor);
            feed.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                OnnxTensor types = OnnxTensor.createTensor(environment, new long[ids.length][ids[0].length]);
                inputs.add(types);
                feed.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(feed)) {
                return (float[][][]) result.get(0).getValue();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence model failed: " + e.getMessage(), e);
        } finally {
            inputs.forEach(OnnxTensor::close);
        }
    }

    /** The vector scaled to unit length. */
    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
