package dev.drift.engine;

import dev.drift.engine.align.BagOfTerms;
import dev.drift.engine.align.SentenceAligner;
import dev.drift.engine.meaning.EncodingCache;
import dev.drift.engine.meaning.SentenceEncoder;
import dev.drift.engine.align.TermWeights;
import dev.drift.engine.document.Article;
import dev.drift.engine.document.ArticleParser;
import dev.drift.engine.quote.QuoteExtractor;
import dev.drift.engine.quote.QuoteJudge;
import dev.drift.engine.quote.Quotation;
import dev.drift.engine.report.DriftReport;
import dev.drift.engine.report.DriftReport.AlignedSentence;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.model.Verdict;
import dev.drift.engine.shift.Cues;
import dev.drift.engine.shift.Entities;
import dev.drift.engine.shift.PairComparer;
import dev.drift.engine.text.PhraseIndex;
import dev.drift.engine.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.drift.engine.lexicon.Lexicon;
import java.util.Set;

/**
 * The drift engine's entry point: compares a reprint with its original and reports quote fidelity,
 * semantic shifts and scores. Pure, deterministic and thread-safe; one instance can serve all threads.
 */
public final class DriftAnalyzer {
    public static final String NAME = "drift";
    public static final String VERSION = Version.VALUE;
    /** An original sentence whose words the reprint renders less than this is omitted. */
    private static final double OMITTED_BELOW = 0.3;

    private final ArticleParser parser = new ArticleParser();
    private final SentenceAligner aligner;
    /** The sentence-meaning model behind a cache, or null: then the analysis is lexical only. */
    private final EncodingCache encoder;

    /** Lexical only. */
    public DriftAnalyzer() {
        this(null);
    }

    /** With a sentence-meaning model (null: lexical only); its encodings are cached across analyses. */
    public DriftAnalyzer(SentenceEncoder encoder) {
        this.encoder = EncodingCache.of(encoder);
        this.aligner = new SentenceAligner(this.encoder);
    }

    public Article parse(String id, String text) {
        return parser.parse(id, text);
    }

    public DriftReport compare(String originalId, String originalText, String reprintId, String reprintText) {
        return compare(parse(originalId, originalText), parse(reprintId, reprintText));
    }

    public DriftReport compare(Article original, Article reprint) {
        TermWeights weights = new TermWeights(List.of(original, reprint));
        SentenceAligner.Result alignment = aligner.align(original, reprint, weights);

        List<Shift> shifts = new ArrayList<>();
        List<QuoteFinding> quotes = judgeQuotes(original, reprint, weights, alignment, shifts);
        List<Excerpt> omittedQuotes = omittedQuotes(original, reprint, quotes, alignment, weights, shifts);
        alignedShifts(original, reprint, alignment, shifts);
        unalignedShifts(original, reprint, alignment, shifts);
        omissions(original, alignment, shifts);

        List<Shift> merged = dedupe(shifts);
        DriftReport.Scores scores = Scoring.score(original, quotes, merged, alignment);
        List<AlignedSentence> aligned = new ArrayList<>();
        for (SentenceAligner.Link link : alignment.links()) {
            List<Excerpt> os = link.originalSentences().stream()
                    .map(i -> Excerpt.of(original.sentences().get(i).span())).toList();
            aligned.add(new AlignedSentence(Excerpt.of(reprint.sentences().get(link.reprintSentence()).span()), os,
                    Math.round(link.similarity() * 1000) / 1000.0));
        }
        return new DriftReport(new DriftReport.Analyzer(NAME, VERSION), source(original), source(reprint), scores,
                quotes, omittedQuotes, merged, aligned);
    }

    private static DriftReport.Source source(Article a) {
        return new DriftReport.Source(a.id(), a.boilerplate().stream().map(b -> Excerpt.of(b.span())).toList(),
                a.sentences().size(), (int) a.quotations().stream().filter(Quotation::speech).count());
    }

    private List<QuoteFinding> judgeQuotes(Article original, Article reprint, TermWeights weights,
                                           SentenceAligner.Result alignment, List<Shift> shifts) {
        QuoteJudge judge = new QuoteJudge(original, weights, encoder);
        List<QuoteFinding> out = new ArrayList<>();
        for (Quotation q : reprint.quotations()) {
            Set<Integer> candidates = new LinkedHashSet<>();
            if (q.sentenceIndex() >= 0 && q.sentenceIndex() < alignment.links().size()) {
                candidates.addAll(alignment.linkOf(q.sentenceIndex()).originalSentences());
            }
            BagOfTerms quoteBag = new BagOfTerms(dev.drift.engine.text.Tokenizer.tokenize(reprint.text(), q.start(), q.end()), weights);
            candidates.addAll(topSentences(quoteBag, alignment.likelySources(quoteBag, weights), alignment.originalBags(), 6));
            QuoteJudge.Judged judged = judge.judge(reprint, q, List.copyOf(candidates));
            QuoteFinding f = judged.finding();
            out.add(f);
            if (f.verdict() == Verdict.FABRICATED) {
                shifts.add(new Shift(ShiftType.ADDITION, Severity.HIGH,
                        "The quotation \"" + f.text() + "\" has no source in the original: neither quoted nor narrated there.",
                        new Excerpt(f.text(), f.start(), f.end()), null));
            } else if (f.attributionChanged()) {
                shifts.add(new Shift(ShiftType.ATTRIBUTION, Severity.HIGH,
                        "The words are credited to \"" + f.speaker() + "\"; the original gives them to \"" + f.originalSpeaker() + "\".",
                        new Excerpt(f.text(), f.start(), f.end()),
                        new Excerpt(f.source().text(), f.source().start(), f.source().end())));
            }
        }
        return out;
    }

    /** Of the index's likely sources, those sharing the most of the bag's weight, best first. */
    private static List<Integer> topSentences(BagOfTerms bag, List<Integer> likely, List<BagOfTerms> bags, int limit) {
        List<double[]> scored = new ArrayList<>();
        for (int i : likely) {
            double s = bag.recallIn(bags.get(i));
            if (s > 0) {
                scored.add(new double[] {s, i});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] x) -> -x[0]).thenComparingDouble(x -> x[1]));
        return scored.stream().limit(limit).map(x -> (int) x[1]).toList();
    }

    private List<Excerpt> omittedQuotes(Article original, Article reprint, List<QuoteFinding> judged,
                                        SentenceAligner.Result alignment, TermWeights weights, List<Shift> shifts) {
        List<Excerpt> out = new ArrayList<>();
        for (Quotation oq : original.quotations()) {
            if (!oq.speech()) {
                continue;
            }
            boolean used = judged.stream().anyMatch(f -> f.source() != null && f.source().quoted()
                    && f.source().start() < oq.end() && oq.start() < f.source().end());
            if (used) {
                continue;
            }
            out.add(new Excerpt(oq.text(), oq.start(), oq.end()));
            // A dropped quotation whose sentence the reprint still renders loses a claim: say where. (A sentence no
            // reprint sentence renders is reported whole, as an omitted passage.)
            int rendered = alignment.renderingSentence(oq.sentenceIndex());
            if (rendered >= 0 && !wordsRendered(original, oq, reprint, rendered, weights)) {
                shifts.add(new Shift(ShiftType.OMISSION, Severity.MEDIUM,
                        "The original's quotation \"" + oq.text() + "\" is missing here: its claim is not rendered.",
                        Excerpt.of(reprint.sentences().get(rendered).span()), new Excerpt(oq.text(), oq.start(), oq.end())));
            }
        }
        return out;
    }

    private static boolean wordsRendered(Article original, Quotation oq, Article reprint, int reprintSentence, TermWeights w) {
        BagOfTerms quote = new BagOfTerms(dev.drift.engine.text.Tokenizer.tokenize(original.text(), oq.start(), oq.end()), w);
        BagOfTerms sentence = new BagOfTerms(reprint.sentences().get(reprintSentence).tokens(), w);
        return quote.recallIn(sentence) >= 0.5;
    }

    private void alignedShifts(Article original, Article reprint, SentenceAligner.Result alignment, List<Shift> shifts) {
        // Entities by the first letters of each word, so a lookup compares a handful, not all of them.
        PhraseIndex originalPhrases = new PhraseIndex(original.text());
        Map<String, Set<Entities.Name>> originalEntities = new java.util.HashMap<>();
        List<List<Mention>> mentionsBySentence = new ArrayList<>();
        for (Article.Sentence s : original.sentences()) {
            List<Mention> mentions = mentions(original.text(), s.span());
            mentionsBySentence.add(mentions);
            for (Mention m : mentions) {
                for (String k : entityKeys(m.name())) {
                    originalEntities.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.name());
                }
            }
        }
        for (SentenceAligner.Link link : alignment.links()) {
            if (link.originalSentences().isEmpty()) {
                continue;
            }
            Article.Sentence r = reprint.sentences().get(link.reprintSentence());
            List<Span> oSpans = link.originalSentences().stream().map(i -> original.sentences().get(i).span()).toList();
            PairComparer.Side rSide = PairComparer.Side.of(reprint.text(), r.span());
            PairComparer.Side oSide = new PairComparer.Side(original.text(), oSpans);
            for (Shift s : PairComparer.compare(rSide, oSide)) {
                // Claim-level changes need a confident alignment; numbers and dates carry their own evidence.
                if (s.type() == ShiftType.ALTERED_CLAIM && link.similarity() < 0.3) {
                    continue;
                }
                shifts.add(s);
            }
            List<Mention> oMentions = new ArrayList<>();
            link.originalSentences().forEach(i -> oMentions.addAll(mentionsBySentence.get(i)));
            entityShifts(original, reprint, r, oSpans, oMentions, originalEntities, originalPhrases, shifts);
            attributionShift(original, reprint, r, link, shifts);
            editorialInside(reprint, r, original, oSpans, shifts);
        }
    }

    /** A name found in a text, split into its comparison words once. */
    private record Mention(Span span, Entities.Name name) {
    }

    private static List<Mention> mentions(String text, Span sentence) {
        return Entities.find(text, sentence.start(), sentence.start(), sentence.end()).stream()
                .map(e -> new Mention(e, Entities.Name.of(e.text()))).toList();
    }

    private void entityShifts(Article original, Article reprint, Article.Sentence r, List<Span> oSpans, List<Mention> oMentions,
                              Map<String, Set<Entities.Name>> originalEntities, PhraseIndex originalPhrases, List<Shift> shifts) {
        List<Mention> rMentions = mentions(reprint.text(), r.span());
        // A name of the original replaced in place: the word before it survives, what follows differs.
        for (Mention oe : oMentions) {
            if (rMentions.stream().anyMatch(re -> Entities.sameEntity(re.name(), oe.name()))) {
                continue;
            }
            Span replacement = replacementAfterAnchor(original.text(), oe.span(), reprint.text(), r.span());
            if (replacement != null && !Entities.sameEntity(Entities.Name.of(replacement.text()), oe.name())
                    && !originalPhrases.occurs(replacement.text())) {
                shifts.add(new Shift(ShiftType.ENTITY, Severity.HIGH,
                        "The name \"" + oe.span().text() + "\" is replaced or garbled as \"" + replacement.text() + "\".",
                        Excerpt.of(replacement), Excerpt.of(oe.span())));
            }
        }
        for (Mention re : rMentions) {
            if (oMentions.stream().anyMatch(oe -> Entities.sameEntity(re.name(), oe.name()))) {
                continue;
            }
            if (!originalPhrases.occurs(re.span().text()) && entityKeys(re.name()).stream()
                    .flatMap(k -> originalEntities.getOrDefault(k, Set.of()).stream())
                    .noneMatch(oe -> Entities.sameEntity(re.name(), oe))) {
                shifts.add(new Shift(ShiftType.ENTITY, Severity.MEDIUM,
                        "The name \"" + re.span().text() + "\" does not appear in the original.", Excerpt.of(re.span()),
                        Excerpt.of(oSpans.get(0))));
            }
        }
    }

    /**
     * Index keys of an entity, so a lookup compares a handful of names, not all of them: the first two letters of
     * each word (spelling variants agree there), and its initials (an acronym meets its expansion).
     */
    private static Set<String> entityKeys(Entities.Name entity) {
        Set<String> keys = new HashSet<>();
        List<String> words = entity.words();
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            keys.add(lower.length() >= 2 ? lower.substring(0, 2) : lower);
            initials.append(lower.charAt(0));
            if (words.size() == 1 && lower.length() >= 2) {
                keys.add("initials:" + lower); // a lone word may be an acronym of a longer name
            }
        }
        if (words.size() >= 2) {
            keys.add("initials:" + initials);
        }
        return keys;
    }

    /** The reprint words that stand where the original's entity stood, after the same preceding word. */
    private static Span replacementAfterAnchor(String oText, Span entity, String rText, Span rSentence) {
        var oTokens = dev.drift.engine.text.Tokenizer.tokenize(oText, Math.max(0, entity.start() - 40), entity.start());
        if (oTokens.isEmpty()) {
            return null;
        }
        var anchor = oTokens.get(oTokens.size() - 1);
        if (!dev.drift.engine.text.Tokenizer.isContent(anchor) || anchor.text().length() < 3) {
            return null;
        }
        Set<String> originalKeys = new HashSet<>();
        dev.drift.engine.text.Tokenizer.tokenize(oText, Math.max(0, entity.start() - 200), Math.min(oText.length(), entity.end() + 200))
                .forEach(t -> originalKeys.add(t.key()));
        var rTokens = dev.drift.engine.text.Tokenizer.tokenize(rText, rSentence.start(), rSentence.end());
        // Context after the name in the original: the reprint must rejoin it right after the replacement.
        Set<String> following = new HashSet<>();
        var after = dev.drift.engine.text.Tokenizer.tokenize(oText, entity.end(), Math.min(oText.length(), entity.end() + 60));
        after.stream().filter(dev.drift.engine.text.Tokenizer::isContent).limit(3).forEach(t -> following.add(t.key()));
        for (int i = 0; i < rTokens.size(); i++) {
            if (rTokens.get(i).key().equals(anchor.key()) && i + 1 < rTokens.size()) {
                int last = i + 1;
                if (originalKeys.contains(rTokens.get(last).key())) {
                    return null;
                }
                while (last + 1 < rTokens.size() && last - i < 3 && !originalKeys.contains(rTokens.get(last + 1).key())) {
                    last++;
                }
                if (last + 1 < rTokens.size() && following.contains(rTokens.get(last + 1).key())) {
                    return Span.of(rText, rTokens.get(i + 1).start(), rTokens.get(last).end());
                }
            }
        }
        return null;
    }

    private static void attributionShift(Article original, Article reprint, Article.Sentence r, SentenceAligner.Link link,
                                         List<Shift> shifts) {
        if (!reprint.quotationsIn(r.index()).isEmpty()) {
            return; // quotations carry their own speaker comparison
        }
        String rSpeaker = r.narrativeSpeaker();
        if (rSpeaker == null) {
            return;
        }
        if (Lexicon.PRONOUNS.contains(rSpeaker.toLowerCase(Locale.ROOT))) {
            return;
        }
        Span differing = null;
        String differingSpeaker = null;
        for (int oi : link.originalSentences()) {
            Span o = original.sentences().get(oi).span();
            String oSpeaker = original.sentences().get(oi).narrativeSpeaker();
            if (oSpeaker == null || Lexicon.PRONOUNS.contains(oSpeaker.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (QuoteExtractor.sameSpeaker(rSpeaker, oSpeaker)) {
                return;
            }
            if (differing == null) {
                differing = o;
                differingSpeaker = oSpeaker;
            }
        }
        if (differing != null) {
            shifts.add(new Shift(ShiftType.ATTRIBUTION, Severity.MEDIUM,
                    "The claim is attributed to \"" + rSpeaker + "\"; the original attributes it to \"" + differingSpeaker + "\".",
                    Excerpt.of(r.span()), Excerpt.of(differing)));
        }
    }

    private static void editorialInside(Article reprint, Article.Sentence r, Article original, List<Span> oSpans, List<Shift> shifts) {
        List<Span> markers = Cues.editorialMarkers(reprint.text(), r.span().start(), r.span().end());
        if (markers.isEmpty()) {
            return;
        }
        Set<String> inOriginal = new HashSet<>();
        for (Span o : oSpans) {
            inOriginal.addAll(Cues.lowerWords(Cues.editorialMarkers(original.text(), o.start(), o.end())));
        }
        for (Span m : markers) {
            if (!inOriginal.contains(m.text().toLowerCase())) {
                shifts.add(new Shift(ShiftType.EDITORIAL, Severity.MEDIUM,
                        "Opinion wording (\"" + m.text() + "\") is inserted into a sentence that renders the original.",
                        Excerpt.of(r.span()), Excerpt.of(oSpans.get(0))));
                return;
            }
        }
    }

    private void unalignedShifts(Article original, Article reprint, SentenceAligner.Result alignment, List<Shift> shifts) {
        List<Article.Sentence> run = new ArrayList<>();
        for (SentenceAligner.Link link : alignment.links()) {
            Article.Sentence s = reprint.sentences().get(link.reprintSentence());
            boolean unaligned = link.originalSentences().isEmpty();
            if (!run.isEmpty() && (!unaligned || s.paragraph() != run.get(0).paragraph())) {
                addition(reprint, run, shifts);
                run.clear();
            }
            if (unaligned) {
                run.add(s);
            }
        }
        if (!run.isEmpty()) {
            addition(reprint, run, shifts);
        }
    }

    private static void addition(Article reprint, List<Article.Sentence> run, List<Shift> shifts) {
        Span span = Span.of(reprint.text(), run.get(0).span().start(), run.get(run.size() - 1).span().end());
        boolean editorial = !Cues.editorialMarkers(reprint.text(), span.start(), span.end()).isEmpty();
        if (editorial) {
            shifts.add(new Shift(ShiftType.EDITORIAL, Severity.HIGH,
                    "Opinion or an editor's note is inserted; the original has nothing like it.", Excerpt.of(span), null));
        } else {
            shifts.add(new Shift(ShiftType.ADDITION, Severity.LOW,
                    "This content has no source in the original.", Excerpt.of(span), null));
        }
    }

    private static void omissions(Article original, SentenceAligner.Result alignment, List<Shift> shifts) {
        double[] coverage = alignment.originalCoverage();
        List<Article.Sentence> run = new ArrayList<>();
        for (Article.Sentence s : original.sentences()) {
            boolean omitted = coverage[s.index()] < OMITTED_BELOW && alignment.renderingSentence(s.index()) < 0;
            if (!run.isEmpty() && (!omitted || s.paragraph() != run.get(0).paragraph())) {
                omission(original, run, shifts);
                run.clear();
            }
            if (omitted) {
                run.add(s);
            }
        }
        if (!run.isEmpty()) {
            omission(original, run, shifts);
        }
    }

    private static void omission(Article original, List<Article.Sentence> run, List<Shift> shifts) {
        Span span = Span.of(original.text(), run.get(0).span().start(), run.get(run.size() - 1).span().end());
        boolean quoted = run.stream().anyMatch(s -> original.quotationsIn(s.index()).stream().anyMatch(Quotation::speech));
        shifts.add(new Shift(ShiftType.OMISSION, quoted ? Severity.MEDIUM : Severity.LOW,
                quoted ? "The reprint leaves out this passage of the original, quotation included."
                        : "The reprint leaves out this passage of the original.",
                null, Excerpt.of(span)));
    }

    /**
     * One finding per type and place: the first, most specific one wins. Kept findings are filed by type and by each
     * stretch of {@link #PLACE_BUCKET} characters their excerpt covers, so a finding is compared only with those
     * that could overlap it, not with all.
     */
    private static List<Shift> dedupe(List<Shift> shifts) {
        List<Shift> out = new ArrayList<>();
        Map<Shift, Boolean> seen = new IdentityHashMap<>();
        Map<String, List<Shift>> byPlace = new java.util.HashMap<>();
        for (Shift s : shifts) {
            List<String> places = places(s);
            boolean duplicate = places.stream().flatMap(p -> byPlace.getOrDefault(p, List.of()).stream())
                    .anyMatch(o -> o.type() == s.type() && overlaps(o.reprint(), s.reprint())
                            && overlaps(o.original(), s.original()));
            if (!duplicate && seen.put(s, Boolean.TRUE) == null) {
                out.add(s);
                places.forEach(p -> byPlace.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
            }
        }
        out.sort(Comparator.comparingInt((Shift s) -> s.reprint() == null ? Integer.MAX_VALUE : s.reprint().start())
                .thenComparingInt(s -> s.original() == null ? Integer.MAX_VALUE : s.original().start())
                .thenComparing(s -> s.type().name()));
        return out;
    }

    private static final int PLACE_BUCKET = 512;

    /**
     * Two duplicates overlap in the reprint, or both lack a reprint excerpt and overlap in the original (or lack
     * both): either way they share one of these keys.
     */
    private static List<String> places(Shift s) {
        Excerpt e = s.reprint() != null ? s.reprint() : s.original();
        String side = s.type() + (s.reprint() != null ? "/r/" : s.original() != null ? "/o/" : "/none");
        if (e == null) {
            return List.of(side);
        }
        List<String> out = new ArrayList<>();
        for (int b = e.start() / PLACE_BUCKET; b <= Math.max(e.start(), e.end() - 1) / PLACE_BUCKET; b++) {
            out.add(side + b);
        }
        return out;
    }

    private static boolean overlaps(Excerpt a, Excerpt b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.start() < b.end() && b.start() < a.end();
    }
}
