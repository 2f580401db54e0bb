package dev.drift.engine.detect;

import dev.drift.engine.compare.Comparison;
import dev.drift.engine.compare.SentencePair;
import dev.drift.engine.document.Article;
import dev.drift.engine.lexicon.Lexicon;
import dev.drift.engine.lexicon.WordNet;
import dev.drift.engine.model.Excerpt;
import dev.drift.engine.model.Severity;
import dev.drift.engine.model.Shift;
import dev.drift.engine.model.ShiftType;
import dev.drift.engine.report.DriftReport.QuoteFinding;
import dev.drift.engine.shift.Entities;
import dev.drift.engine.text.PhraseIndex;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import dev.drift.engine.words.Word;
import dev.drift.engine.words.WordAlignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ENTITY: a name replaced or garbled in place, a name the original never gives, a name dropped from a close
 * rendering, and a gendered pronoun changed ("his" became "her": another person).
 */
public final class EntityDetector implements ShiftDetector {
    private static final Set<String> MASCULINE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMININE = Set.of("she", "her", "hers", "herself");
    /** A pronoun is compared with the original word after its nearest rendered neighbour within this reach. */
    private static final int PRONOUN_REACH = 4;

    @Override
    public void detect(Comparison c, List<QuoteFinding> quotes, List<Shift> out) {
        Article original = c.original();
        Article reprint = c.reprint();
        // Entities by the first letters of each word, so a lookup compares a handful, not all of them.
        PhraseIndex originalPhrases = new PhraseIndex(original.text());
        Map<String, Set<Entities.Name>> originalEntities = new HashMap<>();
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
        ReprintWords reprintWords = new ReprintWords(reprint);
        Set<Integer> droppedReported = new HashSet<>();
        for (int i = 0; i < c.pairs().size(); i++) {
            SentencePair pair = c.pairs().get(i);
            if (pair == null) {
                continue;
            }
            List<Mention> oMentions = new ArrayList<>();
            c.alignment().linkOf(i).originalSentences().forEach(o -> oMentions.addAll(mentionsBySentence.get(o)));
            List<Mention> rMentions = mentions(reprint.text(), reprint.sentences().get(i).span());
            List<Mention> unmatched = names(original, reprint, reprint.sentences().get(i), pair.original(), oMentions,
                    rMentions, originalEntities, originalPhrases, Renderings.reworded(pair), out);
            if (!unmatched.isEmpty() && !Renderings.close(pair)) {
                leftOut(pair, reprint.sentences().get(i).tokens(), unmatched, reprintWords, droppedReported, out);
            }
            inPair(pair, out);
        }
    }

    /**
     * A name of the original sentence that the reprint never gives, in any form, where the sentence is re-worded
     * (a close rendering's dropped name is {@link #inPair}'s): the reprint no longer says who. Independent
     * translations of one text keep their names, so a name gone from the whole reprint is rarely a choice of words.
     * A lone acronym or a lone common word with a capital ("Title", "Therefore") is not asked about: units, labels
     * and a sentence's first word are written many ways.
     */
    private static void leftOut(SentencePair pair, List<Token> sentenceWords, List<Mention> unmatched,
                                ReprintWords reprintWords, Set<Integer> reported, List<Shift> out) {
        for (Mention oe : unmatched) {
            List<Token> nameWords = Tokenizer.tokenize(oe.span().text()).stream()
                    .filter(t -> Tokenizer.isContent(t) && !Lexicon.TITLES.contains(t.lower())).toList();
            if (nameWords.isEmpty() || reported.contains(oe.span().start())
                    || nameWords.size() == 1 && (nameWords.get(0).kind() == Token.Kind.ACRONYM
                    || WordNet.get().isCommonWord(nameWords.get(0).lower()))
                    || nameWords.stream().anyMatch(t -> reprintWords.has(NameForms.withoutPossessive(t.text())))) {
                continue;
            }
            // "Macau" for "Macao", "Chinese" for "China", "CSRC" for "China Securities Regulatory Commission": a
            // name's other forms are written with capitals too.
            if (nameWords.stream().anyMatch(w -> sentenceWords.stream()
                    .anyMatch(t -> t.isCapitalized() && NameForms.sameWordOtherForm(w, t)))
                    || NameForms.abbreviatedInSource(nameWords, sentenceWords)) {
                continue;
            }
            reported.add(oe.span().start());
            out.add(new Shift(ShiftType.ENTITY, Severity.MEDIUM,
                    "The name \"" + oe.span().text() + "\" is left out: the reprint no longer says who.",
                    Excerpt.of(pair.reprint()), Excerpt.of(oe.span())));
        }
    }

    /** The reprint in lower case, made once and only when a name is looked for beyond its sentence. */
    private static final class ReprintWords {
        private final Article reprint;
        private String lower;

        ReprintWords(Article reprint) {
            this.reprint = reprint;
        }

        /** Whether the reprint has this word, as a whole word, in any case. */
        boolean has(String word) {
            if (lower == null) {
                lower = Lexicon.lower(reprint.text());
            }
            String w = Lexicon.lower(word);
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                int end = at + w.length();
                if ((at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void inPair(SentencePair pair, List<Shift> out) {
        if (pair.words() == null) {
            return;
        }
        WordAlignment wa = pair.words();
        pronounsOutsideContent(pair, out);
        if (!Renderings.close(pair)) {
            return;
        }
        for (List<Integer> run : wa.dropped()) {
            for (int o : run) {
                Word w = wa.original().get(o);
                if (!Renderings.isName(w, o == 0)) {
                    continue;
                }
                out.add(new Shift(ShiftType.ENTITY, Severity.MEDIUM,
                        "The name \"" + w.text() + "\" is dropped: the reprint no longer says who.",
                        Excerpt.of(pair.reprint()), Excerpt.of(pair.originalWord(o))));
                return;
            }
        }
    }

    /** Pronouns are function words, so the word aligner leaves them unpaired: compare the gendered ones in place. */
    private static void pronounsOutsideContent(SentencePair pair, List<Shift> out) {
        WordAlignment wa = pair.words();
        for (int r = 0; r < wa.reprint().size(); r++) {
            Word rw = wa.reprint().get(r);
            boolean masculine = MASCULINE.contains(rw.lower());
            if (wa.originalOf()[r] >= 0 || !masculine && !FEMININE.contains(rw.lower())) {
                continue;
            }
            int before = -1;
            for (int i = r - 1; i >= 0 && i >= r - PRONOUN_REACH && before < 0; i--) {
                before = wa.originalOf()[i];
            }
            int o = before + 1;
            if (o < wa.original().size() && (r + 1 >= wa.reprint().size() || wa.originalOf()[r + 1] == o + 1)) {
                Word ow = wa.original().get(o);
                if (masculine ? FEMININE.contains(ow.lower()) : MASCULINE.contains(ow.lower())) {
                    out.add(new Shift(ShiftType.ENTITY, Severity.MEDIUM,
                            "\"" + ow.text() + "\" became \"" + rw.text() + "\": the reprint speaks of another person.",
                            Excerpt.of(pair.reprintWord(r)), Excerpt.of(pair.originalWord(o))));
                }
            }
        }
    }

    /** A name found in a text, split into its comparison words once. */
    private record Mention(Span span, Entities.Name name) {
    }

    /** The sentence's names, a name cut at a hyphen ("Agence France" and "Presse") joined back into one. */
    private static List<Mention> mentions(String text, Span sentence) {
        List<Span> found = Entities.find(text, sentence.start(), sentence.start(), sentence.end());
        List<Mention> out = new ArrayList<>(found.size());
        Span run = null;
        for (Span e : found) {
            if (run != null && e.start() == run.end() + 1 && text.charAt(run.end()) == '-') {
                run = Span.of(text, run.start(), e.end());
                continue;
            }
            if (run != null) {
                out.add(new Mention(run, Entities.Name.of(run.text())));
            }
            run = e;
        }
        if (run != null) {
            out.add(new Mention(run, Entities.Name.of(run.text())));
        }
        return out;
    }

    /** Reports names replaced or new; returns the original's names that no name of the reprint sentence matches. */
    private static List<Mention> names(Article original, Article reprint, Article.Sentence r, List<Span> oSpans,
                                       List<Mention> oMentions, List<Mention> rMentions,
                                       Map<String, Set<Entities.Name>> originalEntities, PhraseIndex originalPhrases,
                                       boolean reworded, List<Shift> out) {
        // A name of the original replaced in place: the word before it survives, what follows differs.
        List<Mention> unmatched = new ArrayList<>();
        for (Mention oe : oMentions) {
            if (rMentions.stream().anyMatch(re -> Entities.sameEntity(re.name(), oe.name()))) {
                continue;
            }
            unmatched.add(oe);
            Span replacement = replacementAfterAnchor(original.text(), oe.span(), reprint.text(), r.span());
            if (replacement != null && !Entities.sameEntity(Entities.Name.of(replacement.text()), oe.name())
                    && !originalPhrases.occurs(replacement.text())
                    // "Chinese" for "China's", "Kuomintang" for "KMT": the same name in another form
                    && !NameForms.renderedInSource(Tokenizer.tokenize(replacement.text()), Tokenizer.tokenize(oe.span().text()))
                    && !NameForms.abbreviatedInSource(Tokenizer.tokenize(replacement.text()), Tokenizer.tokenize(oe.span().text()))
                    && !NameForms.currencyOfSource(Tokenizer.tokenize(replacement.text()), Tokenizer.tokenize(oe.span().text()))) {
                out.add(new Shift(ShiftType.ENTITY, Severity.HIGH,
                        "The name \"" + oe.span().text() + "\" is replaced or garbled as \"" + replacement.text() + "\".",
                        Excerpt.of(replacement), Excerpt.of(oe.span())));
            }
        }
        List<Token> sourceWords = null; // the source sentences' words, tokenised once, when a new name needs them
        boolean titleCase = titleCase(reprint.text(), r.span());
        for (Mention re : rMentions) {
            if (oMentions.stream().anyMatch(oe -> Entities.sameEntity(re.name(), oe.name()))
                    || re.span().text().codePointCount(0, re.span().length()) < 2) {
                continue; // a single letter ("S$") is no name
            }
            if (!originalPhrases.occurs(re.span().text()) && entityKeys(re.name()).stream()
                    .flatMap(k -> originalEntities.getOrDefault(k, Set.of()).stream())
                    .noneMatch(oe -> Entities.sameEntity(re.name(), oe))) {
                if (sourceWords == null) {
                    sourceWords = new ArrayList<>();
                    for (Span source : oSpans) {
                        sourceWords.addAll(Tokenizer.tokenize(source.text()));
                    }
                }
                List<Token> nameWords = hyphenRun(reprint.text(), r.span(), re.span());
                // In a line written in title case (a headline) capitals do not mark names.
                boolean variant = variantOfSource(re, nameWords, sourceWords) || NameForms.renderedInSource(nameWords, sourceWords)
                        || NameForms.currencyOfSource(nameWords, sourceWords) || NameForms.countryOfSource(nameWords, sourceWords)
                        || reworded && commonWords(nameWords) || titleCase;
                out.add(new Shift(ShiftType.ENTITY, variant ? Severity.LOW : Severity.MEDIUM,
                        "The name \"" + re.span().text() + "\" does not appear in the original.", Excerpt.of(re.span()),
                        Excerpt.of(oSpans.get(0))));
            }
        }
        return unmatched;
    }

    /**
     * A name the source sentence already carries in another form: an acronym (a short form of words it spells out),
     * or a name that shares words with the source sentence and adds only common words ("Arun Banner Police" where
     * it says "Arun Banner Public Security Bureau"; not "General Secretary Škoda" where it says "General Secretary
     * Xi Jinping", nor "Free Times" where it says "Liberty Times").
     */
    private static boolean variantOfSource(Mention name, List<Token> words, List<Token> sources) {
        if (name.name().words().size() == 1 && words.stream().allMatch(t -> t.kind() == Token.Kind.ACRONYM)) {
            return true;
        }
        if (NameForms.abbreviatedInSource(words, sources) || NameForms.syllablesInSource(words, sources)) {
            return true; // "Agence France" for "AFP", "Kuomintang" for "KMT", "Viet Nam" for "Vietnam"
        }
        Set<String> sourceWords = new HashSet<>();
        sources.forEach(t -> sourceWords.add(t.lower()));
        // The word shared must be a name's own or a title, not a kind ("Party", "Times"): "Republican Party" where
        // the source says "Democratic Party" is another party; "Vice Chairman of the Kuomintang" for "KMT Vice
        // Chairman" is one person.
        boolean allShared = words.stream().allMatch(t -> sourceWords.contains(t.lower()));
        return words.stream().anyMatch(t -> t.content() && sourceWords.contains(t.lower())
                        && (allShared || Lexicon.TITLES.contains(t.lower()) || !WordNet.get().isCommonWord(t.lower())))
                && words.stream().allMatch(t -> sourceWords.contains(t.lower()) || WordNet.get().knows(t.lower()));
    }

    /**
     * The words of a name with the capitalised words a hyphen joins to it: "Presse" and "Agence France" are both
     * "Agence France-Presse".
     */
    private static List<Token> hyphenRun(String text, Span sentence, Span name) {
        List<Token> t = Tokenizer.tokenize(text, sentence.start(), sentence.end());
        int first = 0;
        while (first < t.size() && t.get(first).start() < name.start()) {
            first++;
        }
        int last = first;
        while (last + 1 < t.size() && t.get(last + 1).end() <= name.end()) {
            last++;
        }
        if (first >= t.size()) {
            return Tokenizer.tokenize(name.text());
        }
        boolean joined = false;
        while (first > 0 && t.get(first - 1).isCapitalized() && (gap(text, t, first - 1).equals("-")
                || joined && gap(text, t, first - 1).equals(" "))) {
            joined |= gap(text, t, first - 1).equals("-");
            first--;
        }
        while (last + 1 < t.size() && t.get(last + 1).isCapitalized() && gap(text, t, last).equals("-")) {
            last++;
        }
        return t.subList(first, last + 1);
    }

    private static String gap(String text, List<Token> t, int i) {
        return text.substring(t.get(i).end(), t.get(i + 1).start());
    }

    /** Share of a line's content words written with a capital from which the line is in title case. */
    private static final double TITLE_CASE_SHARE = 0.8;
    private static final int TITLE_CASE_MIN_WORDS = 4;

    private static boolean titleCase(String text, Span sentence) {
        List<Token> words = Tokenizer.tokenize(text, sentence.start(), sentence.end()).stream()
                .filter(t -> t.kind() == Token.Kind.WORD && Tokenizer.isContent(t)).toList();
        long capitalised = words.stream().filter(Token::isCapitalized).count();
        return words.size() >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words.size();
    }

    /**
     * A capitalised phrase of common words ("the Aurora borealis", "the Rights to Weapons organization"): in a free
     * re-wording that is a translator's capitals, not evidence of another entity.
     */
    private static boolean commonWords(List<Token> words) {
        return !words.isEmpty() && words.stream().allMatch(w -> !Tokenizer.isContent(w) || WordNet.get().isCommonWord(w.lower()));
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
        List<Token> oTokens = Tokenizer.tokenize(oText, Math.max(0, entity.start() - 40), entity.start());
        if (oTokens.isEmpty()) {
            return null;
        }
        Token anchor = oTokens.get(oTokens.size() - 1);
        if (!Tokenizer.isContent(anchor) || anchor.text().length() < 3) {
            return null;
        }
        Set<String> originalKeys = new HashSet<>();
        Tokenizer.tokenize(oText, Math.max(0, entity.start() - 200), Math.min(oText.length(), entity.end() + 200))
                .forEach(t -> originalKeys.add(t.key()));
        List<Token> rTokens = Tokenizer.tokenize(rText, rSentence.start(), rSentence.end());
        // Context after the name in the original: the reprint must rejoin it right after the replacement.
        Set<String> following = new HashSet<>();
        List<Token> after = Tokenizer.tokenize(oText, entity.end(), Math.min(oText.length(), entity.end() + 60));
        after.stream().filter(Tokenizer::isContent).limit(3).forEach(t -> following.add(t.key()));
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
}
