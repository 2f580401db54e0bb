package dev.drift.functions;

import java.util.List;
import java.util.Optional;

/** Which original a reprint is compared with: the one its metadata names, else the only one in its story's folder. */
final class OriginalResolver {
    private final ArticleStore articles;

    OriginalResolver(ArticleStore articles) {
        this.articles = articles;
    }

    sealed interface Resolution permits Resolved, NoneYet, Several, Invalid {
    }

    /** An original key to read (it may still be missing). */
    record Resolved(String key) implements Resolution {
    }

    /** The story folder is empty: wait. */
    record NoneYet(String folder) implements Resolution {
    }

    /** Several originals and no metadata: the folder stands for the original until one is left. */
    record Several(String folder, int count) implements Resolution {
    }

    /** The metadata names something that cannot be an original. */
    record Invalid(String reason) implements Resolution {
    }

    Resolution resolve(String story, Optional<String> named) {
        if (named.isPresent()) {
            String key = named.get();
            if (ArticleKey.parse(key).filter(k -> k.kind() == ArticleKey.Kind.ORIGINAL).isEmpty()) {
                // The functions may read only originals/ and reprints/; a name elsewhere could never be read.
                return new Invalid("the metadata \"" + ArticleStore.ORIGINAL_METADATA + "\" names " + key
                        + ", which is not originals/<story>/<file>");
            }
            return new Resolved(key);
        }
        String folder = ArticleKey.originalsPrefix(story);
        List<ArticleStore.ObjectRef> candidates = articles.list(folder);
        if (candidates.isEmpty()) {
            return new NoneYet(folder);
        }
        if (candidates.size() > 1) {
            return new Several(folder, candidates.size());
        }
        return new Resolved(candidates.get(0).key());
    }
}
