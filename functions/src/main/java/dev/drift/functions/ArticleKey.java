package dev.drift.functions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An object key in the articles bucket: {@code originals/<story>/<file>} or {@code reprints/<story>/<file>}.
 *
 * @param key   the decoded key, as S3 stores it
 * @param kind  which side of a comparison the object is
 * @param story the story folder
 * @param file  the file name within the story (may contain further slashes)
 */
public record ArticleKey(String key, Kind kind, String story, String file) {

    public enum Kind { ORIGINAL, REPRINT }

    public static final String ORIGINALS = "originals/";
    public static final String REPRINTS = "reprints/";

    /**
     * S3 notifications carry keys form-encoded: '+' for a space, %XX for reserved and non-ASCII bytes.
     * A literal '+' in a key arrives as %2B, so decoding '+' first is safe.
     */
    public static String decodeEventKey(String eventKey) {
        return URLDecoder.decode(eventKey, StandardCharsets.UTF_8);
    }

    /** The key's parts, or empty with no exception when the key is not in the layout. */
    public static Optional<ArticleKey> parse(String key) {
        Kind kind;
        String rest;
        if (key.startsWith(ORIGINALS)) {
            kind = Kind.ORIGINAL;
            rest = key.substring(ORIGINALS.length());
        } else if (key.startsWith(REPRINTS)) {
            kind = Kind.REPRINT;
            rest = key.substring(REPRINTS.length());
        } else {
            return Optional.empty();
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || key.endsWith("/")) {
            return Optional.empty();
        }
        if (!safeSegments(rest)) {
            return Optional.empty();
        }
        return Optional.of(new ArticleKey(key, kind, rest.substring(0, slash), rest.substring(slash + 1)));
    }

    /**
     * Whether every part of a key's path is a name: none empty, "." or "..". Report paths and story-page links are
     * built from these parts, so none may climb out of its folder.
     */
    public static boolean safeSegments(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Why a key is not in the layout, for the stored ERROR result. */
    public static String layoutProblem(String key) {
        return "key \"" + key + "\" is not originals/<story>/<file> or reprints/<story>/<file> (no empty, \".\" or \"..\" parts)";
    }

    public static String originalsPrefix(String story) {
        return ORIGINALS + story + "/";
    }

    public static String reprintsPrefix(String story) {
        return REPRINTS + story + "/";
    }
}
