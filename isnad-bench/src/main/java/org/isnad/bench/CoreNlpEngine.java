package org.isnad.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stanford CoreNLP's Arabic pipeline cut to the segmenter and the sentence splitter (GPL-3.0:
 * a benchmark peer only). It is fed one paragraph at a time, as it does not split paragraphs.
 */
final class CoreNlpEngine implements TextBench.Engine {
  private final StanfordCoreNLP pipeline;

  CoreNlpEngine() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "ar");
    p.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
    p.setProperty("ssplit.boundaryTokenRegex", "[.]|[!?]+|[!\u061F]+");
    pipeline = new StanfordCoreNLP(p);
  }

  @Override
  public long run(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}
