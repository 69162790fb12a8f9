package org.isnad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.Extraction;
import org.isnad.link.EntityResolver;
import org.isnad.link.Nominals;
import org.isnad.recognize.DateRecognizer;
import org.isnad.recognize.EventOrgs;
import org.isnad.recognize.GroupActors;
import org.isnad.recognize.HeadNouns;
import org.isnad.recognize.Mention;
import org.isnad.recognize.MentionFinder;
import org.isnad.recognize.Money;
import org.isnad.recognize.MoneyRecognizer;
import org.isnad.recognize.NamePropagation;
import org.isnad.recognize.NameRules;
import org.isnad.recognize.NerMentions;
import org.isnad.recognize.Quote;
import org.isnad.recognize.QuoteFinder;
import org.isnad.text.Document;
import org.isnad.text.Sentence;
import org.isnad.text.TextAnalyzer;

/**
 * The whole pipeline: text → tokens and sentences → names, money, times, quotes → entities →
 * facts. One instance is thread-safe and serves every thread; resources load once.
 */
public final class Extractor {
  private final TextAnalyzer text;
  private final List<MentionFinder> finders;
  private final EntityResolver resolver = new EntityResolver();
  private final MoneyRecognizer money = MoneyRecognizer.standard();
  private final DateRecognizer dates = DateRecognizer.standard();
  private final QuoteFinder quotes = QuoteFinder.standard();
  private final EventOrgs events = new EventOrgs();
  private final Nominals nominals = new Nominals();
  private final HeadNouns heads = new HeadNouns();
  private final NamePropagation propagation = new NamePropagation();

  public Extractor(TextAnalyzer text, List<MentionFinder> finders) {
    this.text = text;
    this.finders = List.copyOf(finders);
  }

  private static final class Holder {
    static final Extractor STANDARD = new Extractor(TextAnalyzer.standard(),
        List.of(NerMentions.standard(), new NameRules(), new GroupActors(), new org.isnad.recognize.ListedNames(),
            new org.isnad.recognize.PossessedOrgs()));
  }

  public static Extractor standard() {
    return Holder.STANDARD;
  }

  public Extraction extract(String id, String content, String lang, LocalDate published) {
    return extract(text.analyze(id, content, lang, published));
  }

  public Extraction extract(Document doc) {
    List<Mention> mentions = new ArrayList<>();
    for (MentionFinder f : finders) {
      mentions.addAll(f.find(doc));
    }
    mentions = new ArrayList<>(org.isnad.recognize.JoinedNames.split(doc, mentions));
    mentions = trimParticles(doc, mentions);
    mentions.removeIf(m -> ordinaryWord(doc, m));
    mentions = org.isnad.recognize.JoinedNames.crossingPersons(doc, mentions);
    // "أكمي وغلوبكس أنهما": the comma or و of a list ends a name the tagger ran on past it.
    List<Mention> listed = mentions.stream().filter(m -> m.subtype().equals("listed")).toList();
    mentions.removeIf(m -> !m.subtype().equals("listed") && listed.stream().anyMatch(l -> m.span().overlaps(l.span())
        && m.span().end() > l.span().end() && !m.span().contains(l.span()) || m.span().start() == l.span().start()
        && m.span().end() > l.span().end()));
    List<Mention> headed = new ArrayList<>(heads.find(doc, mentions));
    List<Mention> described = headed.stream().filter(m -> m.subtype().equals(HeadNouns.DESCRIPTION)).toList();
    headed.removeAll(described);
    mentions.removeIf(m -> described.stream().anyMatch(d -> d.span().overlaps(m.span()) && m.span().end() <= d.span().end()));
    // "مشروع نيوم" holds the tagger's "نيوم": one name, not two.
    // "صندوق الخليج للبنية التحتية" holds the tagger's place "الخليج": a word of the name, no mention of it.
    mentions.removeIf(m -> headed.stream().anyMatch(h -> h.span().contains(m.span()) && !h.span().equals(m.span())));
    // "مالك نادي الشعلة": a tagger's name that runs into a head noun's name ends before it
    mentions.removeIf(m -> !m.source().equals("heads") && headed.stream().anyMatch(h -> m.span().start() < h.span().start()
        && h.span().start() < m.span().end() && m.span().end() < h.span().end()));
    mentions.addAll(headed);
    mentions = new ArrayList<>(NamePropagation.spreadOrganizations(doc, mentions));
    List<Money> amounts = money.find(doc);
    mentions.removeIf(m -> amounts.stream().anyMatch(a -> a.span().overlaps(m.span())));
    List<Quote> quoted = quotes.find(doc);
    List<Mention> quotedNames = quotedNames(doc, quoted, mentions);
    mentions.removeIf(m -> quotedNames.stream().anyMatch(qn -> qn.span().contains(m.span()) && !qn.span().equals(m.span())));
    mentions.addAll(quotedNames);
    mentions.addAll(propagation.find(doc, mentions));
    List<Mention> eventMentions = events.find(doc, mentions);
    // "لجنة تنصيب فلان" read by a head noun too: the inauguration's reading wins.
    mentions.removeIf(m -> eventMentions.stream().anyMatch(e -> e.span().equals(m.span())
        || e.span().overlaps(m.span()) && !e.span().contains(m.span()) && !m.span().contains(e.span())));
    mentions.addAll(eventMentions);
    List<EntityResolver.Cluster> clusters = resolver.resolve(doc, mentions);
    nominals.resolve(doc, clusters);
    DocContext c = new DocContext(doc, clusters, resolveAnaphora(amounts), dates.find(doc), quoted);
    List<Draft> drafts = new ArrayList<>();
    int[] lastSpeaker = {-1};
    for (Sentence s : doc.sentences()) {
      if (!s.body()) {
        continue;
      }
      StatementFacts.read(c, s, drafts, lastSpeaker); // first: "I" inside a quote is its speaker
      MoneyFacts.read(c, s, drafts);
      FundingRounds.read(c, s, drafts);
      RoleFacts.read(c, s, drafts);
      RoleFacts.readVerbs(c, s, drafts);
      RoleFacts.readSenators(c, s, drafts);
      RelationFacts.read(c, s, drafts);
    }
    return Assembler.assemble(c, drafts);
  }

  /**
   * "فإن الرشيدي هو من سلّم": a particle the tagger took into a name (فإن، إن، أن، لكن) is no part of
   * it; the name starts after it.
   */
  static List<Mention> trimParticles(Document doc, List<Mention> mentions) {
    if (!doc.isArabic()) {
      return mentions;
    }
    List<org.isnad.text.Token> tokens = doc.tokens();
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      int first = doc.tokenAt(m.span().start());
      int last = doc.tokenAt(m.span().end() - 1);
      org.isnad.text.Token t = first >= 0 ? tokens.get(first) : null;
      if (t != null && last > first && t.kind() == org.isnad.text.Token.Kind.ARABIC
          && (PARTICLES.contains(t.stem()) || PARTICLES.contains(org.isnad.text.ar.Proclitics.strip(t.norm())))) {
        org.isnad.text.Span span = new org.isnad.text.Span(tokens.get(first + 1).start(), m.span().end());
        out.add(new Mention(span, m.type(), m.subtype(), doc.slice(span), m.score(), m.source()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * A one-word name the tagger found that is an ordinary word: a nominal head the coreference step
   * resolves (النادي، الشركة), or a "place" no gazetteer knows that is a common word behind a
   * preposition (بإتمام).
   */
  static boolean ordinaryWord(Document doc, Mention m) {
    if (!doc.isArabic() || !m.source().equals("ner")) {
      return false;
    }
    int first = doc.tokenAt(m.span().start());
    if (first < 0 || doc.tokenAt(m.span().end() - 1) != first) {
      return false;
    }
    org.isnad.text.Token t = doc.tokens().get(first);
    String folded = org.isnad.text.ar.Proclitics.strip(t.norm());
    if (org.isnad.link.Nominals.isNominalHead(t.norm()) || org.isnad.link.Nominals.isNominalHead("ال" + t.stem())
        && t.hasArticle()) {
      return true;
    }
    return m.type() == org.isnad.fact.EntityType.PLACE && !t.prefix().isEmpty() && !t.prefix().equals("ال")
        && org.isnad.link.Gazetteer.standard().places(t.stem()).isEmpty()
        && org.isnad.link.Gazetteer.standard().places(folded).isEmpty()
        && org.isnad.text.ar.WordCounts.isCommonWord(t.stem(), 3);
  }

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("ان", "لكن", "بان", "كان", "قد", "لقد", "ثم");

  /** The last of a list of quoted names: "أ" و"ب" و"ج", however the last one ends. */
  static boolean afterQuotedName(Document doc, Quote q) {
    List<org.isnad.text.Token> tokens = doc.tokens();
    int k = doc.tokenAt(q.span().start());
    return k >= 2 && tokens.get(k - 1).norm().equals("و")
        && tokens.get(k - 2).kind() == org.isnad.text.Token.Kind.QUOTE
        && doc.slice(q.inner()).strip().split("\\s+").length <= 4;
  }

  /**
   * Whether a quotation stands where names are listed or introduced: after و, a comma, "هي"
   * (هي "أ" و"ب") or a head noun (شركة "..."), so that ordinary words in it still make a name
   * ("بحر العرب للملاحة").
   */
  static boolean listed(Document doc, Quote q) {
    List<org.isnad.text.Token> tokens = doc.tokens();
    int at = doc.tokenAt(q.span().start());
    if (at <= 0) {
      return false;
    }
    org.isnad.text.Token prev = tokens.get(at - 1);
    String n = prev.norm();
    boolean comma = n.equals("،") || n.equals(",");
    if (comma) {
      // a comma lists names only after another quoted one ("أ"، "ب"); after plain words a quote
      // opens speech or a scare quote
      return at >= 2 && tokens.get(at - 2).kind() == org.isnad.text.Token.Kind.QUOTE;
    }
    return n.equals("و") || n.equals("هي") || n.equals("وهي")
        || prev.kind() == org.isnad.text.Token.Kind.ARABIC && org.isnad.recognize.HeadNounsAccess.isHead(prev.stem());
  }

  /**
   * Whether a quoted Arabic phrase of two words or more is made of ordinary words ("يحظى بالاحترام
   * الشديد"): a scare quote or a phrase of speech, not a name.
   */
  static boolean ordinaryWords(String inner) {
    String[] words = inner.split("\\s+");
    if (words.length < 2 || !org.isnad.text.ar.ArabicLetters.isLetter(inner.charAt(0))) {
      return false;
    }
    int common = 0;
    for (String w : words) {
      String f = org.isnad.text.ar.Proclitics.strip(org.isnad.text.ar.ArabicNormalizer.normalize(w));
      if (f.startsWith("ال")) {
        f = f.substring(2);
      }
      common += org.isnad.text.ar.WordCounts.isCommonWord(f, 5)
          || org.isnad.text.ar.WordCounts.isCommonWord("ال" + f, 5) ? 1 : 0;
    }
    return common * 2 > words.length;
  }

  /**
   * A short quotation that is not speech is usually a name set in quotation marks (شركة "ميتا"،
   * منصة “إكس”): a mention, unless another finder already covers it.
   */
  static List<Mention> quotedNames(Document doc, List<Quote> quotes, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speech() && !afterQuotedName(doc, q) || q.inner().length() == 0) {
        continue;
      }
      String inner = doc.slice(q.inner()).strip();
      int words = inner.isEmpty() ? 0 : inner.split("\\s+").length;
      boolean listed = listed(doc, q);
      // «الصخرة البيضاء» in a list of names: the quotation marks say where the name ends, whatever
      // shorter reading the tagger made inside them
      // «المنار للسيارات» read by the tagger as two names: the marks hold one
      boolean split = known.stream().filter(m -> q.inner().contains(m.span())).map(Mention::span).distinct().count() >= 2
          && known.stream().noneMatch(m -> m.span().overlaps(q.inner()) && !q.inner().contains(m.span()));
      boolean covered = !split && known.stream().anyMatch(m -> m.span().overlaps(q.inner())
          && !(listed && q.inner().contains(m.span()) && m.span().length() < q.inner().length()));
      if (words == 0 || words > 4 || covered || !Character.isLetter(inner.codePointAt(0))
          || !listed && ordinaryWords(inner)
          || Character.isLowerCase(inner.codePointAt(0))) { // "with actual malice": English names are capitalized
        continue;
      }
      int lead = doc.slice(q.inner()).indexOf(inner);
      org.isnad.text.Span span = new org.isnad.text.Span(q.inner().start() + lead, q.inner().start() + lead + inner.length());
      String folded = org.isnad.text.ar.ArabicNormalizer.normalize(inner);
      boolean business = words >= 2 && folded.substring(folded.lastIndexOf(' ') + 1).startsWith("لل");
      // «حمدان للصرافة»: a name that ends in a field of business is a company's
      out.add(business ? new Mention(span, org.isnad.fact.EntityType.ORGANIZATION, "company", folded, 0.4, "quoted")
          : new Mention(span, org.isnad.fact.EntityType.OTHER, "quoted", folded, 0.4, "quoted"));
    }
    return out;
  }

  /** "بنفس المبلغ", "the same amount": the value of the last amount named before it. */
  static List<Money> resolveAnaphora(List<Money> found) {
    List<Money> out = new ArrayList<>(found.size());
    Money last = null;
    for (Money m : found) {
      if (m.anaphoric() && last != null) {
        out.add(new Money(m.span(), last.value(), last.currency(), last.bound(), true, m.text()));
      } else {
        out.add(m);
        if (!m.anaphoric()) {
          last = m;
        }
      }
    }
    return out;
  }
}
