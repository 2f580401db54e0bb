package dev.drift.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.drift.cli.LocalCommands;
import dev.drift.engine.report.Wording;
import dev.drift.functions.AnalysisRecord;
import dev.drift.functions.AwsClients;
import dev.drift.functions.Finding;
import dev.drift.functions.ResultStore;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** {@code drift pipeline} and {@code drift results}, found by the command line through its service interface. */
public final class LocalCommandLine implements LocalCommands {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A reprint's excerpt in a findings list is cut here: the full text is in the report. */
    private static final int EXCERPT_CHARS = 120;

    @Override
    public int pipeline(PipelineOptions o, PrintStream out, PrintStream err) {
        if (!Files.exists(o.original())) {
            err.println("drift pipeline: " + o.original() + ": no such file");
            return 2;
        }
        return LocalRun.run(o.articles(), o.original(), o.story(), o.verbose(), o.data(), o.inbox(), out, err);
    }

    @Override
    public int results(ResultsOptions o, PrintStream out, PrintStream err) {
        String endpoint = System.getenv("AWS_ENDPOINT_URL");
        boolean remote = o.table() != null || endpoint != null && !endpoint.isBlank();
        if (!remote && !Files.isDirectory(o.data().resolve("dynamodb"))) {
            err.println("drift results: no stored results in " + o.data() + " (run 'drift pipeline --data " + o.data()
                    + " ...' first, or give --table NAME for results in AWS)");
            return 2;
        }
        if (o.names().size() > 1) {
            err.println("drift results: give at most one STORY or REPRINT");
            return 2;
        }
        Template template = Template.locate();
        String table = o.table() != null ? o.table() : template.table();
        DynamoDBProxyServer dynamoLocal = null;
        AwsClients clients;
        try {
            if (remote) {
                URI e = endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.trim());
                String region = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(Template.LOCAL_REGION);
                clients = AwsClients.create(region, e, e, e, DefaultCredentialsProvider.builder().build());
            } else {
                // Only the table is read: DynamoDB Local alone on the folder's database, no S3 or queues.
                int port = Emulators.freeLoopbackPort();
                dynamoLocal = Emulators.dynamoLocal(port, o.data());
                URI e = URI.create("http://127.0.0.1:" + port);
                clients = AwsClients.create(Template.LOCAL_REGION, e, e, e,
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")), ApacheHttpClient.builder().build());
            }
            try {
                return show(new ResultStore(clients.dynamo(), table), o, out, err);
            } finally {
                clients.s3().close();
                clients.dynamo().close();
                clients.sqs().close();
            }
        } catch (SdkException e) {
            err.println("drift results: cannot read table " + table + ": " + Optional.ofNullable(e.getMessage()).orElse("").lines().findFirst().orElse(""));
            return 2;
        } catch (Exception e) {
            err.println("drift results: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()).lines().findFirst().orElse(""));
            return 2;
        } finally {
            if (dynamoLocal != null) {
                try {
                    dynamoLocal.stop();
                } catch (Exception ignored) {
                    // stopping anyway
                }
            }
        }
    }

    private static int show(ResultStore store, ResultsOptions o, PrintStream out, PrintStream err) throws IOException {
        List<AnalysisRecord> all = new ArrayList<>();
        for (AnalysisRecord.Status status : AnalysisRecord.Status.values()) {
            all.addAll(store.withStatus(status));
        }
        Map<String, List<AnalysisRecord>> byStory = new TreeMap<>();
        for (AnalysisRecord r : all) {
            byStory.computeIfAbsent(r.story() == null ? "(no story)" : r.story(), k -> new ArrayList<>()).add(r);
        }
        byStory.values().forEach(list -> list.sort(RANKED));
        if (o.names().isEmpty()) {
            if (byStory.isEmpty()) {
                err.println("drift results: nothing stored yet");
                return 2;
            }
            if (o.json()) {
                out.println(JSON.writeValueAsString(byStory));
            } else {
                byStory.forEach((story, list) -> printStory(out, story, list));
            }
            return 0;
        }
        String name = o.names().get(0);
        if (byStory.containsKey(name)) {
            if (o.json()) {
                out.println(JSON.writeValueAsString(Map.of(name, byStory.get(name))));
            } else {
                printStory(out, name, byStory.get(name));
            }
            return 0;
        }
        List<AnalysisRecord> matches = all.stream()
                .filter(r -> r.reprintKey().equals(name) || r.reprintKey().endsWith("/" + name)).toList();
        if (matches.isEmpty()) {
            err.println("drift results: no story or reprint named " + name + " (stories: " + String.join(", ", byStory.keySet()) + ")");
            return 2;
        }
        if (matches.size() > 1) {
            err.println("drift results: " + name + " names " + matches.size() + " reprints; give one of: "
                    + String.join(", ", matches.stream().map(AnalysisRecord::reprintKey).toList()));
            return 2;
        }
        AnalysisRecord r = matches.get(0);
        List<Finding> findings = store.findings(r.reprintKey());
        if (o.json()) {
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("result", r);
            both.put("findings", findings);
            out.println(JSON.writeValueAsString(both));
        } else {
            printReprint(out, r, findings);
        }
        return 0;
    }

    /** Most drifted first; results without scores (waiting, errors) after them, by key. */
    private static final Comparator<AnalysisRecord> RANKED = Comparator
            .comparingDouble((AnalysisRecord r) -> r.scores() == null ? Double.POSITIVE_INFINITY : -r.scores().overall())
            .thenComparing(AnalysisRecord::reprintKey);

    private static void printStory(PrintStream out, String story, List<AnalysisRecord> ranked) {
        String original = ranked.stream().map(AnalysisRecord::originalKey).filter(k -> k != null).findFirst().orElse("not uploaded yet");
        out.println("Story " + story + " (original " + original + "): " + Wording.count(ranked.size(), "reprint", "reprints")
                + ", most drifted first");
        out.printf(Locale.ROOT, "  %-3s %-44s %8s %9s %9s %9s %9s%n", "#", "reprint", "overall", "quotes", "meaning", "coverage", "findings");
        int rank = 1;
        for (AnalysisRecord r : ranked) {
            String file = r.reprintKey().substring(r.reprintKey().lastIndexOf('/') + 1);
            if (r.scores() == null) {
                out.printf(Locale.ROOT, "  %-3s %-44s %s%s%n", "-", file, r.status(), r.reason() == null ? "" : ": " + r.reason());
            } else {
                out.printf(Locale.ROOT, "  %-3d %-44s %8.3f %9.3f %9.3f %9.3f %9d%n", rank++, file, r.scores().overall(),
                        r.scores().quoteFidelity(), r.scores().semanticDrift(), r.scores().coverage(), r.findings());
            }
        }
        out.println("  overall drift and semantic drift: higher is worse; quote fidelity and coverage: lower is worse.");
        out.println();
    }

    private static void printReprint(PrintStream out, AnalysisRecord r, List<Finding> findings) {
        out.println(r.reprintKey() + "  [" + r.status() + "]" + (r.reason() == null ? "" : "  " + r.reason()));
        out.println("  story " + r.story() + ", original " + r.originalKey() + ", analysed " + r.analyzedAt());
        if (r.scores() != null) {
            out.printf(Locale.ROOT, "  Overall drift %.3f (higher is worse); quote fidelity %.3f (lower is worse); semantic drift %.3f "
                    + "(higher is worse); coverage %.3f (lower means more left out).%n", r.scores().overall(), r.scores().quoteFidelity(),
                    r.scores().semanticDrift(), r.scores().coverage());
            out.println("  " + Wording.count(r.findings(), "finding", "findings")
                    + (findings.size() < r.findings() ? " (the first " + findings.size() + " are stored here; all are in the report)" : "") + ":");
        }
        for (Finding f : findings) {
            out.println("  - " + f.described() + ": " + f.explanation());
            if (f.reprintText() != null) {
                out.println("      reprint: \"" + abbreviate(f.reprintText()) + "\"");
            }
            if (f.originalText() != null) {
                out.println("      original: \"" + abbreviate(f.originalText()) + "\"");
            }
        }
        if (r.htmlKey() != null) {
            out.println("  report: " + r.htmlKey() + " (and " + r.reportKey() + ") in the results bucket");
        }
    }

    /** "HIGH, numbers changed", "quotation paraphrased": a stored finding's kind in words. */

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1) + "…";
    }
}
