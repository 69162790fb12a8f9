package org.isnad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.isnad.fact.Amount;
import org.isnad.fact.Attribution;
import org.isnad.fact.Entity;
import org.isnad.fact.EntityType;
import org.isnad.fact.Extraction;
import org.isnad.fact.Fact;
import org.isnad.fact.FactType;
import org.isnad.fact.TimeValue;
import org.isnad.text.Document;
import org.isnad.text.Metadata;
import org.isnad.text.Span;

/**
 * Synthetic extractions for crash tests and store benchmarks: article {@code i} of a corpus is
 * always the same. Entities come from a pool of {@code poolSize} with skewed popularity, each
 * with an English name and an Arabic spelling; half the articles are Arabic. No real text.
 */
public final class Synthetic {
  private static final String[] LATIN = {"ka", "ro", "mi", "den", "sal", "tor", "vi", "na", "lek", "bar", "zu", "mon"};
  private static final String[] ARABIC = {"كا", "رو", "مي", "دن", "سال", "تور", "في", "نا", "لك", "بار", "زو", "مون"};
  private static final String[] OUTLETS = {"Wall Street Journal", "Reuters", "الشرق الأوسط", "Al Jazeera"};
  private static final FactType[] TYPES = {FactType.DONATION, FactType.PAYMENT, FactType.INVESTMENT, FactType.STATEMENT,
      FactType.MEETING, FactType.ROLE, FactType.OWNERSHIP, FactType.ACCUSATION};
  private static final String[] STATUS = {"occurred", "planned", "occurred", "expected"};
  private final int poolSize;
  private final long seed;

  public Synthetic(int poolSize, long seed) {
    if (poolSize < 4) {
      throw new IllegalArgumentException("poolSize must be at least 4, was " + poolSize);
    }
    this.poolSize = poolSize;
    this.seed = seed;
  }

  /** The English name of pool entity {@code k}: two or three invented syllable words. */
  public String englishName(int k) {
    return name(k, LATIN, true);
  }

  /**
   * A name as users ask for them: the popular entities most (as often as they are in the news),
   * half in Arabic, half in English.
   */
  public String popularName(SplittableRandom r) {
    int k = (int) Math.min(poolSize - 1, Math.floor(Math.pow(r.nextDouble(), 2.5) * poolSize));
    return r.nextBoolean() ? arabicName(k) : englishName(k);
  }

  /** The Arabic spelling of pool entity {@code k}. */
  public String arabicName(int k) {
    return name(k, ARABIC, false);
  }

  private static String name(int k, String[] syllables, boolean capital) {
    StringBuilder s = new StringBuilder();
    int n = k;
    for (int w = 0; w < 2; w++) {
      StringBuilder word = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        word.append(syllables[n % syllables.length]);
        n /= syllables.length;
      }
      if (capital) {
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
      }
      s.append(w == 0 ? "" : " ").append(word);
      if (n == 0) {
        n = k + 7 * (w + 1);
      }
    }
    return s.toString();
  }

  static EntityType typeOf(int k) {
    return k % 3 == 0 ? EntityType.ORGANIZATION : EntityType.PERSON;
  }

  /** A pool entity, skewed: low numbers come up far more often, as famous names do in news. */
  private int pick(SplittableRandom r) {
    double u = r.nextDouble();
    return (int) Math.min(poolSize - 1, Math.floor(Math.pow(u, 2.5) * poolSize));
  }

  public Extraction article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    boolean arabic = r.nextBoolean();
    int nEntities = 2 + r.nextInt(4);
    List<Integer> pool = new ArrayList<>();
    while (pool.size() < nEntities) {
      int k = pick(r);
      if (!pool.contains(k)) {
        pool.add(k);
      }
    }
    StringBuilder text = new StringBuilder("synthetic article " + i + ".\n");
    List<Entity> entities = new ArrayList<>();
    for (int e = 0; e < pool.size(); e++) {
      int k = pool.get(e);
      String name = arabic ? arabicName(k) : englishName(k);
      int at = text.length();
      text.append(name).append(" is named here. ");
      entities.add(new Entity("E" + (e + 1), typeOf(k), name, arabic ? englishName(k) : null, List.of(),
          List.of(new Span(at, at + name.length()))));
    }
    List<Fact> facts = new ArrayList<>();
    int nFacts = 1 + r.nextInt(4);
    for (int f = 0; f < nFacts; f++) {
      FactType type = TYPES[r.nextInt(TYPES.length)];
      String a = "E" + (1 + r.nextInt(entities.size()));
      String b = "E" + (1 + (Integer.parseInt(a.substring(1)) % entities.size()));
      Map<String, Object> roles = new LinkedHashMap<>();
      if (type.hasListRole()) {
        roles.put(type.firstRole(), List.of(a, b));
      } else {
        roles.put(type.firstRole(), a);
        roles.put(type.secondRole(), b);
      }
      boolean money = type == FactType.DONATION || type == FactType.PAYMENT || type == FactType.INVESTMENT;
      Amount amount = money ? new Amount(1000.0 * (1 + r.nextInt(50)) * 1000, r.nextInt(5) == 0 ? "EUR" : "USD", "exact",
          "amount") : null;
      int at = text.length();
      text.append("Sentence ").append(f + 1).append(" of article ").append(i).append(" says a ").append(type.json())
          .append(" happened.\n");
      Map<String, Object> fields = new LinkedHashMap<>();
      if (type == FactType.STATEMENT) {
        fields.put("quote", "we will build it " + r.nextInt(3));
      } else if (type == FactType.ROLE) {
        fields.put("title", "chief executive");
      }
      Attribution attribution = r.nextInt(3) == 0 ? new Attribution("reported", null, "reportedly") : Attribution.ASSERTED;
      facts.add(new Fact("F" + (f + 1), type, roles, amount,
          new TimeValue("in " + (2020 + r.nextInt(5)), String.valueOf(2020 + r.nextInt(5))),
          STATUS[r.nextInt(STATUS.length)], attribution, List.of(new Span(at, text.length() - 1)), 0.8, fields));
    }
    LocalDate published = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800));
    Metadata meta = new Metadata(null, OUTLETS[r.nextInt(OUTLETS.length)], "Synthetic article " + i, published, Map.of(), 0);
    return new Extraction(new Document("synthetic-" + i, text.toString(), meta, arabic ? "ar" : "en"), entities, facts);
  }
}
