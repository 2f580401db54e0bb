package dev.drift.functions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The articles bucket (read) and the results bucket (report writes). */
public final class ArticleStore {
    /** User metadata that names a reprint's original explicitly, overriding the folder layout. */
    public static final String ORIGINAL_METADATA = "original";

    private final S3Client s3;
    private final String articlesBucket;
    private final String resultsBucket;

    public ArticleStore(S3Client s3, String articlesBucket, String resultsBucket) {
        this.s3 = s3;
        this.articlesBucket = articlesBucket;
        this.resultsBucket = resultsBucket;
    }

    /** One version of an object: ETag without quotes, last modified in epoch milliseconds. */
    public record ObjectRef(String key, String etag, long lastModified) {
    }

    public sealed interface Fetched permits Found, Missing, TooLarge {
    }

    public record Found(ObjectRef ref, byte[] bytes, Optional<String> originalKey) implements Fetched {
    }

    public record Missing(String key) implements Fetched {
    }

    public record TooLarge(ObjectRef ref, long size) implements Fetched {
    }

    /** Reads an object, refusing before download when it is larger than {@code maxBytes}. */
    public Fetched fetch(String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(articlesBucket).key(key))) {
            GetObjectResponse r = in.response();
            ObjectRef ref = new ObjectRef(key, unquote(r.eTag()), r.lastModified() == null ? 0 : r.lastModified().toEpochMilli());
            long size = r.contentLength() == null ? -1 : r.contentLength();
            if (size > maxBytes) {
                in.abort();
                return new TooLarge(ref, size);
            }
            byte[] bytes = readAtMost(in, maxBytes + 1);
            if (bytes.length > maxBytes) {
                in.abort();
                return new TooLarge(ref, bytes.length);
            }
            return new Found(ref, bytes, Optional.ofNullable(originalMetadata(r.metadata().get(ORIGINAL_METADATA))));
        } catch (NoSuchKeyException e) {
            return new Missing(key);
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + articlesBucket + "/" + key, e);
        }
    }

    /** An object's current version as far as an analysis depends on it: content (ETag) and the original it names. */
    public record Current(String etag, String originalMetadata) {
    }

    /** The object's current version; empty when there is none (never uploaded, or deleted). */
    public Optional<Current> current(String key) {
        try {
            HeadObjectResponse r = s3.headObject(b -> b.bucket(articlesBucket).key(key));
            return Optional.of(new Current(unquote(r.eTag()), originalMetadata(r.metadata().get(ORIGINAL_METADATA))));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    static String originalMetadata(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** Every object under a prefix, folder markers excluded. */
    public List<ObjectRef> list(String prefix) {
        List<ObjectRef> out = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(articlesBucket).prefix(prefix)).contents()) {
            if (!o.key().endsWith("/")) {
                out.add(new ObjectRef(o.key(), unquote(o.eTag()), o.lastModified().toEpochMilli()));
            }
        }
        return out;
    }

    /** Places a text in the articles bucket (a matched inbox upload, as a reprint of its story). */
    public void putArticle(String key, byte[] body, Map<String, String> metadata) {
        s3.putObject(b -> b.bucket(articlesBucket).key(key).metadata(metadata).contentType("text/plain; charset=utf-8"),
                RequestBody.fromBytes(body));
    }

    public void deleteArticle(String key) {
        s3.deleteObject(b -> b.bucket(articlesBucket).key(key));
    }

    public void putResult(String key, String body, String contentType) {
        s3.putObject(b -> b.bucket(resultsBucket).key(key).contentType(contentType),
                RequestBody.fromBytes(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    static String unquote(String etag) {
        if (etag == null) {
            return "";
        }
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
