package dev.drift.engine;

import dev.drift.engine.document.Article;
import dev.drift.engine.document.BoilerplateDetector;
import dev.drift.engine.document.SentenceSplitter;
import dev.drift.engine.quote.QuoteExtractor;
import dev.drift.engine.text.Span;
import dev.drift.engine.text.Token;
import dev.drift.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** Builds an {@link Article} from decoded text: boilerplate, paragraphs, sentences, quotations. */
public final class ArticleParser {
    private final BoilerplateDetector boilerplateDetector = new BoilerplateDetector();

    public Article parse(String id, String text) {
        BoilerplateDetector.Result layout = boilerplateDetector.detect(text);
        List<Span> paragraphs = layout.contentLines();
        List<Article.Sentence> sentences = new ArrayList<>();
        List<Span> sentenceSpans = new ArrayList<>();
        List<List<Token>> sentenceTokens = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Span s : SentenceSplitter.split(text, paragraphs.get(p))) {
                // Tokenized once: the speakers and the quotations read the same tokens as the comparison.
                List<Token> tokens = Tokenizer.tokenize(text, s.start(), s.end());
                String speaker = QuoteExtractor.narrativeSpeaker(text, s, tokens);
                sentences.add(new Article.Sentence(sentences.size(), p, s, tokens, speaker));
                sentenceSpans.add(s);
                sentenceTokens.add(tokens);
                speakers.add(speaker);
            }
        }
        return new Article(id, text, layout.boilerplate(), paragraphs, sentences,
                QuoteExtractor.extract(text, paragraphs, sentenceSpans, sentenceTokens, speakers));
    }

    /**
     * The tokens of each sentence {@link #parse} would find, without the speakers and quotations: all that word
     * weights need, at a fraction of the cost (the same-meaning decision weighs words for many sentence pairs).
     */
    public List<List<Token>> sentenceTokens(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        for (Span paragraph : boilerplateDetector.detect(text).contentLines()) {
            for (Span s : SentenceSplitter.split(text, paragraph)) {
                sentences.add(Tokenizer.tokenize(text, s.start(), s.end()));
            }
        }
        return sentences;
    }
}
