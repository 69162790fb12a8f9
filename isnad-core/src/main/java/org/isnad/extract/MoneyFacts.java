package org.isnad.extract;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.isnad.fact.EntityType;
import org.isnad.fact.FactType;
import org.isnad.recognize.Money;
import org.isnad.recognize.TimeExpr;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * Money moving between parties: donations, payments, investments, acquisitions, contracts,
 * gifts and sanctions, read from a trigger word, the clause around it and the nearest amount.
 */
final class MoneyFacts {
  private MoneyFacts() {}

  static void read(DocContext c, Sentence s, List<Draft> out) {
    int sentenceStart = out.size();
    readTriggers(c, s, out);
    feesOfContracts(out.subList(sentenceStart, out.size()));
    List<Draft> mine = out.subList(sentenceStart, out.size());
    // "تسوية مع Y، تدفع بموجبها ربع مليار درهم على ثلاث دفعات": one payment, read by two of its words
    mine.removeIf(p -> p.type == FactType.PAYMENT && p.entity("payee") == null && p.amount != null
        && mine.stream().anyMatch(o -> o != p && o.type == FactType.PAYMENT && o.entity("payee") != null
            && o.amount != null && o.amount.span().equals(p.amount.span())));
  }

  /**
   * "تم التعاقد مع X من قبل Y، مقابل رسوم شهرية", "retained X for a monthly fee": the fee a
   * contract's sentence names is the client's payment to the contractor, whoever the fee's clause
   * seemed to make the payer.
   */
  private static void feesOfContracts(List<Draft> drafts) {
    for (Draft k : drafts) {
      if (k.type != FactType.CONTRACT || k.entity("contractor") == null || k.entity("client") == null) {
        continue;
      }
      for (Draft p : drafts) {
        if (p.type == FactType.PAYMENT && k.entity("contractor").equals(p.entity("payer"))
            && p.entity("payee") == null) {
          p.role("payer", k.entity("client")).role("payee", k.entity("contractor"));
        }
      }
    }
  }

  private static void readTriggers(DocContext c, Sentence s, List<Draft> out) {
    for (Phrases.Hit h : c.triggers(Triggers.MONEY, s)) {
      FactType type = FactType.fromJson(h.label());
      if (type == FactType.DONATION) {
        c.noteGiving(s, h); // for the donations whose sentence names no recipient (Assembler.defaultRecipients)
      }
      if (ranking(h) && !donationBefore(c, s)) {
        continue; // "followed with $4 million" gives only in a list of donors
      }
      if (pledge(h) && !pledgedMoney(c, s, h)) {
        continue; // "تعهد باستثمار" is the investment's; "تعهدت الكويت بنصف مليار دولار" gives
      }
      if (type == FactType.SANCTION && Clauses.bareWord(c.tokens.get(h.first())).contains("احال")
          && !Clauses.anyWord(c, h.end(), Math.min(s.endToken(), h.end() + 16), TO_JUSTICE)) {
        continue; // "إحالة العطاء على شركة": a referral is a sanction only to prosecutors or a court
      }
      if (type == FactType.DONATION && Clauses.bareWord(c.tokens.get(h.first())).startsWith("مساهمت")
          && h.end() < s.endToken() && c.tokens.get(h.end()).norm().equals("في")) {
        continue; // "رفع مساهمته في الشركة": a shareholding, no gift
      }
      if (type == FactType.INVESTMENT && (INVESTING_ADJECTIVE.matcher(Clauses.bareWord(c.tokens.get(h.first()))).matches()
          || h.end() < s.endToken() && h.phrase().equals("investment")
          && INVESTMENT_NOUNS.contains(c.tokens.get(h.end()).norm().toLowerCase(Locale.ROOT)))) {
        continue; // "الذراع الاستثمارية", "صندوق استثماري": a kind of body, no money put in
      }
      if (type == FactType.DONATION && h.end() < s.endToken()
          && GIFT_WORDS.contains(Clauses.bareWord(c.tokens.get(h.end())))) {
        continue; // "بتقديم هدايا": the gift's own word reads it
      }
      if (aggregate(c, s, h.first())) {
        continue; // "إجمالي التبرعات", "total contributions": a sum over many givers, not one gift
      }
      if (h.phrase().equalsIgnoreCase("presented") && presentedWith(c, s, h) < 0) {
        continue; // "presented its report to Congress": a gift only in "presented X with"
      }
      Money amount = nearestMoney(c, s, h);
      if (type == FactType.GIFT && amount != null && !nearAfter(c, s, h, amount)) {
        amount = null; // "أهدت X ساعات، قبل أيام من ترسية عقد بقيمة 27 مليون": the contract's value, not the gift's
      }
      if (type == FactType.DONATION && amount != null && valuedItem(c, s, h, amount)) {
        type = FactType.GIFT; // "gave Tolliver two playoff tickets valued at $9,400": an item given, priced
      }
      boolean moneyGift = type == FactType.GIFT && moneyGiven(c, h, amount);
      if (moneyGift) {
        type = FactType.DONATION; // "هدايا بملايين الدولارات", "cash gifts": money given, not an item
      }
      if (type == FactType.DONATION && settles(c, s)) {
        type = FactType.PAYMENT; // "agreed to contribute $15 million ... to settle a lawsuit": no gift
      }
      if (type == FactType.PAYMENT && demanded(c, s, h.first())) {
        continue; // "تطالبها فيها بتعويض قدره"، "seeks damages of": a sum claimed belongs to the dispute, nobody paid it
      }
      if (needsAmount(type, h) && amount == null && !moneyGift) {
        continue;
      }
      if (amount == null && type == FactType.DONATION && definiteNoun(c, h)) {
        continue; // "التبرع سيمول جناحا": the donation told before, not a new one
      }
      int trigger = h.first();
      if (type == FactType.DONATION && pluralNoun(c, h) && !givenFrom(c, s, h)) {
        continue; // "بلغت تبرعات حملته 62 مليون دولار": donations counted together, no giver named
      }
      // A country gives, invests and fines as any organization does.
      List<Integer> agents = Clauses.agents(c, s, trigger, EntityType.PERSON, EntityType.ORGANIZATION,
          EntityType.PLACE);
      if (type != FactType.CONTRACT && c.doc.isArabic()) {
        int by = byAgent(c, s, h.end(), 14);
        if (by >= 0) {
          agents = List.of(by); // "تم تقديم ربع مليون دولار من قبل جمعية X": the one after من قبل gives
        }
      }
      int his = hisCompany(c, s, trigger);
      if (his >= 0) {
        agents = List.of(his); // "أشار فلان، الرئيس التنفيذي لشركة X، إلى أن شركته ستستثمر": X invests
      }
      List<Integer> targets = type == FactType.SANCTION ? sanctionTargets(c, s, h) : List.of();
      int listing = type == FactType.SANCTION && targets.isEmpty() ? listingVerb(c, s, h.first()) : -1;
      if (listing >= 0) {
        // "أدرج مجلس الاتحاد الأوروبي فلاناً وشركتين على قائمة العقوبات": the verb's subject lists,
        // its objects are listed
        int by = Clauses.agent(c, s, listing, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PERSON);
        List<Integer> listed = new java.util.ArrayList<>();
        for (EntityMention m : c.mentionsIn(listing + 1, h.first())) {
          if (m.entity() != by && !listed.contains(m.entity()) && c.typeOf(m.entity()) != EntityType.PLACE
              && !Clauses.prepositional(c, m)) {
            listed.add(m.entity());
          }
        }
        if (!listed.isEmpty()) {
          targets = listed;
          agents = by >= 0 ? List.of(by) : List.of();
        }
      }
      if (!targets.isEmpty() && agents.stream().anyMatch(targets::contains)) {
        // "قضت المحكمة بتغريم ثلاث شركات، هي أ وب وج": the fined are no authority
        agents = new java.util.ArrayList<>(agents);
        agents.removeAll(targets);
        if (agents.isEmpty()) {
          int court = Clauses.agent(c, s, trigger, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE);
          if (court >= 0 && !targets.contains(court)) {
            agents.add(court);
          }
        }
      }
      if (type == FactType.SANCTION && agents.isEmpty() && !targets.isEmpty()) {
        // "وأكدت الهيئة أنها ...، وقررت إحالة فلان": the sentence's subject decides
        int subject = Clauses.sentenceSubject(c, s);
        if (subject >= 0 && !targets.contains(subject)) {
          agents = List.of(subject);
        }
      }
      int before = out.size();
      for (int a = 0; a < Math.max(1, agents.size()); a++) {
        int agent = agents.isEmpty() ? -1 : agents.get(a);
        if (targets.size() >= 2) {
          for (int t : targets) {
            if (t != agent) {
              readOne(c, s, h, type, amount, agent, t, agents, out);
            }
          }
        } else {
          readOne(c, s, h, type, amount, agent, targets.size() == 1 && targets.get(0) != agent ? targets.get(0) : -1,
              agents, out);
        }
      }
      if (type == FactType.SANCTION) {
        chargedWith(c, s, h, out.subList(before, out.size()), out);
      }
    }
  }

  /** Folded words that give the charge a sanction is for: بتهمة، بتهم، on charges of. */
  private static final java.util.Set<String> CHARGE_CUES = java.util.Set.of("بتهمه", "بتهم", "charges", "charge");

  /**
   * "عقوبات على فلان بتهمة تمويل شبكة تهريب", "sanctioned Acme on charges of fraud": the authority
   * accuses each target of the charge as well. Adds the accusations to {@code out}.
   */
  private static void chargedWith(DocContext c, Sentence s, Phrases.Hit h, List<Draft> sanctions, List<Draft> out) {
    int cue = -1;
    for (int k = h.end(); k < s.endToken(); k++) {
      if (CHARGE_CUES.contains(Clauses.bareWord(c.tokens.get(k))) || CHARGE_CUES.contains(c.tokens.get(k).norm())) {
        cue = k;
        break;
      }
    }
    if (cue < 0 || sanctions.isEmpty()) {
      return;
    }
    int end = cue + 1;
    while (end < s.endToken() && end < cue + 14 && c.tokens.get(end).kind() != Token.Kind.PUNCT) {
      end++;
    }
    String content = c.text(cue + 1, end);
    List<Draft> accusations = new java.util.ArrayList<>();
    for (Draft sx : List.copyOf(sanctions)) {
      Integer authority = (Integer) sx.roles.get("authority");
      Integer target = (Integer) sx.roles.get("target");
      if (authority == null || target == null || sx.type != FactType.SANCTION) {
        continue;
      }
      Draft d = new Draft(FactType.ACCUSATION, s.span()).role("accuser", authority).role("accused", target);
      d.field("content", content);
      d.confidence = 0.5;
      Attributions.apply(c, s, h.first(), d, authority, "occurred");
      accusations.add(d);
    }
    out.addAll(accusations);
  }

  /**
   * Everyone a sanction falls on: "عقوبات على ثلاث شركات، هي أ وب وج", "sanctions on Acme and its
   * owner, Dana Reed". Empty unless two or more are listed after على / on / against.
   */
  static List<Integer> sanctionTargets(DocContext c, Sentence s, Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    if (p.startsWith("تغريم") || p.equals("بتغريم") || p.equals("fined") || p.contains("احال")) {
      // "بتغريم ثلاث شركات، هي أ وب وج", "fined Acme and Globex", "إحالة فلان وفلان إلى النيابة":
      // the sanctioned follow the verb
      List<Integer> listed = Clauses.examplesAfter(c, s, h.end(), 10);
      return withoutTitlesCompany(c, s, h.end(),
          listed.size() >= 2 ? listed : RelationFacts.chainAfter(c, s, h.end(), -1, false));
    }
    for (int k = h.end(); k < Math.min(s.endToken(), h.end() + 6); k++) {
      String n = c.tokens.get(k).norm().toLowerCase(Locale.ROOT);
      if (n.equals("علي") || n.equals("on") || n.equals("against")) {
        List<Integer> listed = Clauses.examplesAfter(c, s, k + 1, 10);
        if (listed.size() < 2) {
          listed = new java.util.ArrayList<>(RelationFacts.chainAfter(c, s, k + 1, -1, false));
          // "sanctions on Caldera Trading and its owner, Andreas Loizou", "على شركة X ومالكها فلان"
          for (EntityMention m : c.mentionsIn(k + 1, Math.min(s.endToken(), k + 8))) {
            int e = m.end();
            boolean its = e + 2 < s.endToken() && c.tokens.get(e).norm().equalsIgnoreCase("and")
                && (c.tokens.get(e + 1).norm().equalsIgnoreCase("its") || c.tokens.get(e + 1).norm().equalsIgnoreCase("their"));
            Token w = e < s.endToken() ? c.tokens.get(e) : null;
            boolean arabic = w != null && w.kind() == Token.Kind.ARABIC && w.prefix().startsWith("و")
                && (w.suffix().equals("ها") || w.norm().endsWith("ها")) && c.byToken[e] == null;
            if (its || arabic) {
              EntityMention next = RoleFacts.nextName(c, s, its ? e + 3 : e + 1);
              if (next != null && !listed.contains(next.entity())) {
                if (!listed.contains(m.entity())) {
                  listed.add(m.entity());
                }
                listed.add(next.entity());
              }
              break;
            }
          }
        }
        return withoutTitlesCompany(c, s, k + 1, listed);
      }
    }
    return List.of();
  }

  /**
   * "على المدير العام السابق لشركة الموانئ، سالم الكعبي", "إحالة فلان والمدير التجاري للشركة، فلان":
   * the company named in a person's title is no target beside the person.
   */
  private static List<Integer> withoutTitlesCompany(DocContext c, Sentence s, int from, List<Integer> listed) {
    if (listed.size() < 2 || listed.stream().noneMatch(e -> c.typeOf(e) == EntityType.PERSON)) {
      return listed;
    }
    List<Integer> out = new java.util.ArrayList<>(listed);
    for (EntityMention m : c.mentionsIn(from, Math.min(s.endToken(), from + 12))) {
      if (Clauses.prepositional(c, m) && c.typeOf(m.entity()) == EntityType.ORGANIZATION) {
        out.remove(Integer.valueOf(m.entity()));
      }
    }
    return out;
  }

  private static void readOne(DocContext c, Sentence s, Phrases.Hit h, FactType type, Money amount, int agent,
      int forcedOther, List<Integer> coAgents, List<Draft> out) {
    int trigger = h.first();
    if ((type == FactType.DONATION || type == FactType.GIFT) && giftNoun(c, h)) {
      // "هدايا بملايين الدولارات من فلان للحاكم", "a gift from Acme": the giver follows من / from;
      // "تبرعه" (his donation): the pronoun points to the sentence's subject.
      Sentence near = new Sentence(s.index(), s.start(), s.end(), s.firstToken(), Math.min(s.endToken(), h.end() + 6),
          s.paragraph(), s.body());
      int from = objectAfter(c, near, h.end() - 1, -1, "من", "from", null);
      if (from >= 0 && afterPreposition(c, near, h.end() - 1, from, "من", "from")) {
        agent = from;
      } else if (c.doc.isArabic()) {
        agent = possessor(c, s, trigger, agent);
      }
    }
    if (type == FactType.ACQUISITION && selling(h)) {
      // "the sale of Kestrel to Orion", "X sold Y to Z", "بيع كيانها إلى شركة مشتركة": the one after
      // to / إلى buys what is sold, the seller's own entity or the object after the verb
      int buyer = objectAfter(c, s, h.end() - 1, agent, "to", "الي", "ل");
      if (buyer < 0 || !afterPreposition(c, s, h.end() - 1, buyer, "to", "الي", "ل")) {
        return;
      }
      int sold = -1;
      for (EntityMention m : c.mentionsIn(h.end(), s.endToken())) {
        if (m.entity() != buyer && m.entity() != agent && !c.tokens.get(m.first()).hasPrefix('ل')
            && c.typeOf(m.entity()) != EntityType.PLACE) {
          sold = m.entity();
          break;
        }
        if (m.entity() == buyer) {
          break;
        }
      }
      if (sold < 0) {
        sold = agent; // "باعت نيوفا وحدتها إلى زيفرون": the seller's own business
      }
      if (sold < 0 || sold == buyer) {
        return;
      }
      out.add(turnedAround(c, s, h, type, buyer, sold, amount, 0.5, buyer));
      return;
    }
    if (type == FactType.ACQUISITION || type == FactType.INVESTMENT) {
      Token tt = c.tokens.get(trigger);
      EntityMention next = h.end() < s.endToken() ? c.byToken[h.end()] : null;
      if (tt.kind() == Token.Kind.ARABIC && tt.stem().startsWith("استحواذ")) {
        if (next != null && next.first() == h.end() && !Clauses.prepositional(c, next)) {
          agent = next.entity(); // "صفقة استحواذ مجموعة X على Y": the genitive buys
        } else {
          agent = possessor(c, s, trigger, agent); // "أتمت X استحواذها على Y"
        }
      }
      if (passive(c, s, trigger)) {
        // "was acquired by Wexford": the one after "by" buys, the subject is bought
        int by = objectAfter(c, s, h.end() - 1, -1, "by", null, null);
        if (by >= 0 && agent >= 0 && by != agent) {
          out.add(turnedAround(c, s, h, type, by, agent, amount, 0.6, by));
          return;
        }
      }
    }
    int by = type == FactType.CONTRACT ? byAgent(c, s, h.end(), 40) : -1;
    if (type == FactType.CONTRACT && awarded(c, s, trigger)) {
      // "the authority awarded a contract to Demirkaya", "أرست الوزارة عقداً على شركة X": the one
      // awarded builds, the subject is the client
      int awarder = awardingNounSubject(c, s, trigger);
      if (awarder >= 0) {
        agent = awarder; // "ترسية وزارة المواصلات عقد ... على الشركة": the genitive awards
      }
      if (by >= 0) {
        agent = by; // "تمت ترسية مناقصة ... على تحالف ... من قبل وزارة النقل": the one after من قبل awards
      }
      List<Integer> winners = consortium(c, s, h.end());
      if (winners.isEmpty() && h.phrase().endsWith(" الي")) {
        EntityMention named = RoleFacts.nameAfterDescription(c, s, h.end(), 3); // "أسندت إلى شركة «X» تنفيذ"
        if (named == null || amount == null && c.typeOf(named.entity()) != EntityType.ORGANIZATION) {
          return; // "أسند إلى فلان إدارة الملف": a task given to someone, no contract
        }
        winners = List.of(named.entity());
      }
      if (winners.isEmpty()) {
        int winner = Clauses.recipient(c, s, h.end() - 1, agent);
        if (winner < 0) {
          winner = objectAfter(c, s, h.end() - 1, agent, "to", "علي", "ل");
        }
        if (winner < 0) {
          winner = objectAfter(c, s, h.end() - 1, agent, "الي", null, null); // "أسندت الوزارة عقد ... إلى شركة X"
        }
        winners = winner >= 0 ? List.of(winner) : List.of();
      }
      boolean done = false;
      for (int winner : winners) {
        if (agent >= 0 && winner != agent) {
          Draft d = turnedAround(c, s, h, type, winner, agent, amount, 0.55, agent);
          d.field("content", c.text(h.first(), Math.min(s.endToken(), h.end() + 8)));
          out.add(d);
          done = true;
        }
      }
      if (done) {
        return;
      }
    }
    if (by >= 0) {
      // "تم التعاقد مع شركة X من قبل Y": Y is the client, the one contracted with builds
      int client = by;
      int contractor = -1;
      for (EntityMention m : c.mentionsIn(h.end(), s.endToken())) {
        if (m.entity() == client) {
          break;
        }
        if (c.typeOf(m.entity()) != EntityType.PLACE) {
          contractor = m.entity(); // "مع شركة ثانية، وهي "بالدوين ستراتيجيز"، من قبل": the first name before من قبل
          break;
        }
      }
      if (contractor >= 0 && contractor != client) {
        Draft d = turnedAround(c, s, h, type, contractor, client, amount, 0.55, client);
        d.field("content", c.text(h.first(), Math.min(s.endToken(), h.end() + 8)));
        out.add(d);
        return;
      }
    }
    int presented = type == FactType.GIFT ? presentedWith(c, s, h) : -1;
    int other = switch (type) {
      case GIFT -> presented >= 0 ? presented : Clauses.recipient(c, s, h.end() - 1, agent);
      case DONATION, PAYMENT -> Clauses.recipient(c, s, h.end() - 1, agent);
      case INVESTMENT -> objectAfter(c, s, h.end() - 1, agent, "في", "in", "into", "لدعم");
      case ACQUISITION -> objectAfter(c, s, h.end() - 1, agent, "علي", "of", null);
      case CONTRACT -> objectAfter(c, s, h.end() - 1, agent, "مع", "with", "من");
      case SANCTION -> forcedOther >= 0 ? forcedOther : objectAfter(c, s, h.end() - 1, agent, "علي", "on", "against");
      default -> -1;
    };
    if (type == FactType.CONTRACT && agent >= 0 && other >= 0 && "government".equals(c.subtypeOf(agent))
        && !"government".equals(c.subtypeOf(other)) && c.typeOf(other) == EntityType.ORGANIZATION) {
      // "وقعت وزارة الطاقة عقداً مع شركة الريان", "the ministry signed a contract with Acme": the
      // government buys, the company builds
      int client = agent;
      agent = other;
      other = client;
    }
    if (other < 0 && (type == FactType.ACQUISITION || type == FactType.INVESTMENT)) {
      other = stakeIn(c, s, h.end(), agent); // "استحواذها على حصة 60% من شركة نخيل", "a 30% stake in Acme"
    }
    if (other < 0 && type == FactType.INVESTMENT && h.phrase().contains("اقتناء")) {
      // "وكان صندوق X قد رفع مساهمته في «Y» إلى 11 بالمائة، عبر اقتناء أسهم": the holder named first
      // buys shares of the company named last before the trigger
      List<EntityMention> before = c.mentionsIn(s.firstToken(), trigger).stream()
          .filter(m -> c.typeOf(m.entity()) == EntityType.ORGANIZATION || c.typeOf(m.entity()) == EntityType.OTHER
              || c.typeOf(m.entity()) == EntityType.PERSON).toList();
      if (before.size() >= 2 && before.get(0).entity() != before.get(before.size() - 1).entity()) {
        agent = before.get(0).entity();
        other = before.get(before.size() - 1).entity();
      }
    }
    if (other < 0 && type == FactType.INVESTMENT) {
      other = countryInClause(c, s, h.end(), agent); // "باستثمار ملياري دولار في مشاريع ... بالمملكة المغربية"
    }
    if (other < 0 && agent >= 0 && (type == FactType.DONATION || type == FactType.GIFT)
        && (granting(h) || type == FactType.GIFT && givingVerb(h))) { // a priced item given: see valuedItem
      // "منحت الحكومة شركة X دعما بقيمة ...", "granted Acme $5 million": the first object receives
      for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 7))) {
        if (m.entity() != agent && !Clauses.prepositional(c, m) && c.typeOf(m.entity()) != EntityType.PLACE) {
          other = m.entity();
          break;
        }
      }
    }
    if (type == FactType.DONATION && other < 0 && c.doc.isArabic()) {
      int backing = objectAfter(c, s, h.end() - 1, agent, "لدعم", "لصالح", null); // "لدعم فلان أثناء الحملة"
      if (backing >= 0 && afterPreposition(c, s, h.end() - 1, backing, "لدعم", "لصالح")) {
        other = backing;
      }
    }
    if (type == FactType.DONATION) {
      int backed = effortsFor(c, s, h.end(), agent);
      if (backed >= 0) {
        other = backed; // "plowed $260 million into efforts to send Trump back to the White House": Trump
      }
    }
    if (other >= 0 && coAgents.size() >= 2 && coAgents.contains(other)) {
      other = -1; // "قدم كل من جورج وزوجته ليلى": one giver of the list is not another's recipient
    }
    if (type == FactType.INVESTMENT && other >= 0 && political(c, other)) {
      type = FactType.DONATION; // "يضخ فلان 5 ملايين في اللجنة": money put into a PAC or a campaign is given
    }
    if (type == FactType.PAYMENT && other < 0 && agent >= 0) {
      other = settledWith(c, s, agent); // "توصلت X إلى تسوية مع Y، تدفع بموجبها ربع مليار درهم": Y is paid
    }
    if (type == FactType.PAYMENT && receivedBefore(c, s, trigger)) {
      // "بعد إدانته بتلقي رشوة ... من شركة X", "accused of taking bribes from X": X pays, the subject takes
      int giver = objectAfter(c, s, h.end() - 1, agent, "من", "from", null);
      if (giver >= 0 && giver != agent && afterPreposition(c, s, h.end() - 1, giver, "من", "from")) {
        other = agent;
        agent = giver;
      }
    }
    if (type == FactType.GIFT && isRaising(c, h)) {
      // "received a carpet worth $41,000 from Kazakhstan": the one after "from" gives, the subject gets
      int giver = objectAfter(c, s, h.end() - 1, agent, "من", "from", null);
      if (giver < 0 || agent < 0 || giver == agent || !afterPreposition(c, s, h.end() - 1, giver, "من", "from")) {
        return;
      }
      other = agent;
      agent = giver;
    }
    if (type == FactType.DONATION && isRaising(c, h)) {
      // "raised $5 million from Acme": the subject receives, the one after "from" gives; a sum
      // raised from nobody named ("raised a record $200 million") is a total, not a donation.
      int giver = objectAfter(c, s, h.end() - 1, agent, "من", "from", null);
      if (giver < 0 || !afterPreposition(c, s, h.end() - 1, giver, "من", "from")) {
        return;
      }
      other = agent;
      agent = giver;
      // "received $5 million each from Derek Lindqvist and from Paloma Resorts": every "from" gives
      for (EntityMention m : c.mentionsIn(h.end(), s.endToken())) {
        if (m.entity() != giver && m.entity() != other && m.first() >= 2
            && c.tokens.get(m.first() - 1).norm().equalsIgnoreCase("from")
            && c.tokens.get(m.first() - 2).norm().equalsIgnoreCase("and")) {
          Draft more = new Draft(type, s.span()).role(type.firstRole(), m.entity());
          if (other >= 0) {
            more.role(type.secondRole(), other);
          }
          more.amount = amount;
          more.time = nearestTime(c, s, h);
          more.confidence = 0.6;
          Attributions.apply(c, s, trigger, more, m.entity(), "occurred");
          out.add(more);
        }
      }
    }
    if (agent < 0 && other < 0) {
      return;
    }
    if (agent == other) {
      other = -1;
    }
    Draft d = new Draft(type, s.span());
    if (agent >= 0) {
      d.role(type.firstRole(), agent);
    }
    if (other >= 0) {
      d.role(type.secondRole(), other);
    }
    d.amount = amount;
    d.time = nearestTime(c, s, h);
    d.confidence = (agent >= 0 && other >= 0 ? 0.6 : 0.4) + (amount != null ? 0.2 : 0);
    if (type == FactType.PAYMENT) {
      d.field("purpose", purpose(c, s));
    }
    if (type == FactType.DONATION && Clauses.anyWord(c, h.first(), Math.min(s.endToken(), h.end() + 3), IN_KIND)) {
      d.field("purpose", "in-kind"); // "كتبرع عيني قيمته مليون دولار": goods or services, another gift than the money
    }
    if (type == FactType.GIFT) {
      d.field("item", c.text(h.end(), Math.min(s.endToken(), h.end() + 6)));
    }
    if (type == FactType.CONTRACT || type == FactType.SANCTION) {
      d.field("content", c.text(h.first(), Math.min(s.endToken(), h.end() + 8)));
    }
    Attributions.apply(c, s, trigger, d, agent, "occurred");
    out.add(d);
    if (agent >= 0 && (type == FactType.DONATION || type == FactType.GIFT || type == FactType.PAYMENT)) {
      for (int e : Clauses.othersSuchAs(c, s, agent)) {
        if (e != other) {
          out.add(d.withRole(type.firstRole(), e)); // "من فلان وغيره من الشركات مثل A وB": each gives
        }
      }
    }
  }

  private static final java.util.Set<String> LISTING = java.util.Set.of("ادرج", "ادرجت", "يدرج", "تدرج", "اضاف",
      "اضافت", "يضيف", "تضيف", "وضع", "وضعت", "added", "listed", "designated", "blacklisted");
  private static final java.util.Set<String> LISTS = java.util.Set.of("قايمه", "لايحه", "list", "blacklist");

  /**
   * The listing verb of "أدرج X ... على قائمة العقوبات", "added X to its sanctions list": the
   * trigger follows قائمة / لائحة / list, and a verb of listing opens the clause before. -1 if not.
   */
  private static int listingVerb(DocContext c, Sentence s, int trigger) {
    boolean onList = trigger > s.firstToken() && LISTS.contains(Clauses.bareWord(c.tokens.get(trigger - 1)))
        || trigger + 1 < s.endToken() && LISTS.contains(Clauses.bareWord(c.tokens.get(trigger + 1)));
    if (!onList) {
      return -1;
    }
    for (int k = trigger - 1; k >= Math.max(s.firstToken(), trigger - 20); k--) {
      if (LISTING.contains(Clauses.bareWord(c.tokens.get(k)))) {
        return k;
      }
    }
    return -1;
  }

  /** Folded words of prosecution and trial: a referral to them is a sanction (إحالة فلان إلى النيابة). */
  private static final java.util.Set<String> TO_JUSTICE = java.util.Set.of("النيابه", "القضاء", "المحكمه",
      "المحاكمه", "التحقيق");

  /** The party named after "تسوية ... مع" / "settlement with" in the sentence, {@code payer} aside; or -1. */
  private static int settledWith(DocContext c, Sentence s, int payer) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      String w = Clauses.bareWord(c.tokens.get(k));
      if (!w.equals("تسويه") && !w.equals("settlement")) {
        continue;
      }
      for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
        String n = c.tokens.get(j).norm().toLowerCase(Locale.ROOT);
        if (n.equals("مع") || n.equals("with")) {
          EntityMention m = RoleFacts.nameAfterDescription(c, s, j + 1, 4); // "مع المقاول الهندي «نيلكانث»"
          return m != null && m.entity() != payer ? m.entity() : -1;
        }
      }
    }
    return -1;
  }

  /**
   * Whether "gave X an item valued at $N" prices a thing given: an English giving verb, a name right
   * after it (the one who got it), and "valued at" / "worth" right before the amount, in the same clause.
   */
  private static boolean valuedItem(DocContext c, Sentence s, Phrases.Hit h, Money amount) {
    if (c.doc.isArabic() || h.end() >= s.endToken()) {
      return false;
    }
    String p = c.tokens.get(h.first()).norm().toLowerCase(Locale.ROOT); // the word as written: "donat*" matched it
    boolean giving = givingVerb(h) && c.byToken[h.end()] != null; // "gave Tolliver two tickets valued at"
    // "donated 200 ambulances ..., valued at", "received a carpet worth $41,000 from": the thing, then its value
    boolean thing = (p.equals("donated") || p.equals("received") || p.equals("receives"))
        && c.byToken[h.end()] == null && !c.tokens.get(h.end()).norm().equals("$");
    if (!giving && !thing) {
      return false;
    }
    String before = c.doc.text().substring(Math.max(s.start(), amount.span().start() - 30), amount.span().start())
        .toLowerCase(Locale.ROOT).strip();
    return VALUED.matcher(before).find() && amount.span().start() > c.tokens.get(h.end()).end()
        && amount.span().start() - c.tokens.get(h.end()).end() < 80;
  }

  /** "valued at", "worth", with a bound between: valued at roughly $16 million. */
  private static final java.util.regex.Pattern VALUED = java.util.regex.Pattern.compile(
      "(valued at|worth)( (roughly|about|around|nearly|some|an estimated|more than|at least|over|almost))?$");

  private static final java.util.Set<String> DEMANDING = java.util.Set.of("يطالب", "تطالب", "تطالبها", "يطالبها",
      "يطالبه", "تطالبه", "للمطالبه", "مطالبا", "مطالبه", "طالبت", "طالب", "seeks", "seeking", "sought", "demands",
      "demanding", "claims", "claiming");

  /** Whether a verb of demanding stands in the four words before the trigger (تطالب فيها بتعويض). */
  private static boolean demanded(DocContext c, Sentence s, int trigger) {
    return Clauses.anyWord(c, Math.max(s.firstToken(), trigger - 4), trigger, DEMANDING);
  }

  /** "presented Portugal with an astrolabe": the name right after the verb, before "with", gets it; else -1. */
  private static int presentedWith(DocContext c, Sentence s, Phrases.Hit h) {
    EntityMention m = h.end() < s.endToken() ? c.byToken[h.end()] : null;
    return m != null && m.first() == h.end() && m.end() < s.endToken()
        && c.tokens.get(m.end()).norm().equalsIgnoreCase("with") ? m.entity() : -1;
  }

  /** The English verbs of giving that take the one who gets something as their first object: gave X ... */
  private static boolean givingVerb(Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    return p.equals("gave") || p.equals("give") || p.equals("gives") || p.equals("giving") || p.equals("presented");
  }

  private static final java.util.Set<String> GIFT_WORDS = java.util.Set.of("هديه", "هدايا", "gift", "gifts");

  /** Nouns "investment" describes rather than reports: the investment firm, an investment fund. */
  private static final java.util.Set<String> INVESTMENT_NOUNS = java.util.Set.of("firm", "firms", "fund", "funds",
      "bank", "banks", "banker", "bankers", "company", "group", "arm", "vehicle", "manager", "managers", "house",
      "adviser", "advisers", "advisor", "trust", "office");

  /** Folded adjectives of investing (استثماري، الاستثمارية): they describe a body, they report no investment. */
  private static final java.util.regex.Pattern INVESTING_ADJECTIVE = java.util.regex.Pattern.compile("(ال)?استثماري(ه|ا|ين|ون)?");

  private static final java.util.Set<String> STAKES = java.util.Set.of("حصه", "حصص", "نسبه", "اسهم", "الاسهم",
      "حصتها", "حصته", "stake", "stakes", "shares", "interest", "holding");
  private static final java.util.Set<String> STAKE_OF = java.util.Set.of("من", "في", "of", "in");

  /**
   * The company a stake is in: "على حصة تبلغ 60 في المئة من شركة نخيل", "a 30% stake in Acme".
   * -1 when no stake word follows the trigger closely or no name follows من / في / of / in after it.
   */
  private static int stakeIn(DocContext c, Sentence s, int from, int exclude) {
    for (int k = from; k < Math.min(s.endToken(), from + 6); k++) {
      String w = Clauses.bareWord(c.tokens.get(k));
      if (!STAKES.contains(w) && !STAKES.contains(c.tokens.get(k).norm().toLowerCase(Locale.ROOT))
          && !RelationFacts.percent(c, k)) {
        continue; // "حصة في", "a stake in", or a percentage: "الاستحواذ على 51 بالمائة من"
      }
      for (int j = k + 1; j < Math.min(s.endToken(), k + 10); j++) {
        Token t = c.tokens.get(j);
        String n = t.norm().toLowerCase(Locale.ROOT);
        boolean of = STAKE_OF.contains(n) || t.kind() == Token.Kind.ARABIC && c.byToken[j] != null
            && (t.prefix().startsWith("ب") || t.prefix().equals("في"));
        String next = j + 1 < s.endToken() ? c.tokens.get(j + 1).norm() : "";
        if (!of || next.equals("الميه") || next.equals("المايه")) {
          continue; // "60 في المئة": the percentage, not what it is of
        }
        int m = j + 1;
        while (m < s.endToken() && c.byToken[m] == null && m <= j + 3 && (c.tokens.get(m).kind() == Token.Kind.QUOTE
            || c.tokens.get(m).norm().equalsIgnoreCase("the") || c.tokens.get(m).kind() == Token.Kind.ARABIC
            && org.isnad.recognize.HeadNounsAccess.isHead(c.tokens.get(m).stem()))) {
          m++; // "من شركة "نخيل""
        }
        if (m < s.endToken() && c.byToken[m] != null && c.byToken[m].entity() != exclude) {
          return c.byToken[m].entity();
        }
        if (j + 1 < s.endToken() && c.doc.isArabic() && Clauses.bareWord(c.tokens.get(j + 1)).equals("الشركه")) {
          // "51 بالمائة من الشركة التونسية": the company the article is about
          return RelationFacts.topicOrganization(c, exclude >= 0 ? List.of(exclude) : List.of());
        }
        return -1;
      }
      return -1;
    }
    return -1;
  }

  /** The first place named after the trigger in its clause (the country invested in), or -1. */
  private static int countryInClause(DocContext c, Sentence s, int from, int exclude) {
    for (int k = from; k < Math.min(s.endToken(), from + 20); k++) {
      String n = c.tokens.get(k).norm();
      if (n.equals("،") || n.equals(",") || n.equals(";") || n.equals("وذلك")) {
        return -1;
      }
      EntityMention m = c.byToken[k];
      if (m != null && m.first() == k && m.entity() != exclude && c.typeOf(m.entity()) == EntityType.PLACE) {
        return m.entity();
      }
    }
    return -1;
  }

  /** The name right after a verbal noun of awarding before the trigger (ترسية الوزارة عقد), or -1. */
  private static int awardingNounSubject(DocContext c, Sentence s, int trigger) {
    for (int k = Math.max(s.firstToken(), trigger - 6); k < trigger; k++) {
      Token t = c.tokens.get(k);
      if (t.kind() == Token.Kind.ARABIC && Clauses.bareWord(t).equals("ترسيه") && k + 1 < trigger
          && c.byToken[k + 1] != null && c.byToken[k + 1].first() == k + 1) {
        return c.byToken[k + 1].entity();
      }
    }
    return -1;
  }

  /** "to Singapore-based Orion": the token before "Singapore-based", else {@code pi} itself. */
  private static int beforeBased(DocContext c, int pi, int trigger) {
    if (pi - 3 > trigger && c.tokens.get(pi).norm().equalsIgnoreCase("based") && c.tokens.get(pi - 1).norm().equals("-")) {
      return pi - 3;
    }
    return pi;
  }

  private static boolean selling(Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    return p.startsWith("sale") || p.startsWith("sell") || p.equals("sold") || p.equals("بيع") || p.equals("لبيع")
        || p.equals("ببيع") || p.startsWith("باع") || p.equals("يبيع") || p.equals("تبيع");
  }

  private static final java.util.Set<String> RECEIVING = java.util.Set.of("تلقي", "بتلقي", "لتلقي", "تلقيه",
      "قبول", "بقبول", "تقاضي", "بتقاضي", "received", "receiving", "accepting", "accepted", "taking", "took");

  /** Whether a word of receiving stands right before the trigger ("بتلقي رشوة", "accepting bribes"). */
  private static boolean receivedBefore(DocContext c, Sentence s, int trigger) {
    return Clauses.anyWord(c, Math.max(s.firstToken(), trigger - 2), trigger, RECEIVING);
  }

  private static final java.util.Set<String> BACKING = java.util.Set.of("elect", "re-elect", "reelect", "send", "help",
      "support", "back", "boost", "return", "defeat");

  /** The person money works for: "into efforts to send Trump back", "to help elect Dana Reed"; -1 if none. */
  private static int effortsFor(DocContext c, Sentence s, int from, int exclude) {
    for (int k = from; k + 1 < Math.min(s.endToken(), from + 12); k++) {
      if (!c.tokens.get(k).norm().equalsIgnoreCase("to") || !BACKING.contains(c.tokens.get(k + 1).norm().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String verb = c.tokens.get(k + 1).norm().toLowerCase(Locale.ROOT);
      if (verb.equals("defeat")) {
        return -1; // money against someone is no gift to them
      }
      for (EntityMention m : c.mentionsIn(k + 2, Math.min(s.endToken(), k + 6))) {
        if (m.entity() != exclude && c.typeOf(m.entity()) == EntityType.PERSON) {
          return m.entity();
        }
      }
      return -1;
    }
    return -1;
  }

  /**
   * "شركته ستستثمر", "its company will invest": a head noun with a possessive pronoun right before the
   * trigger stands for the organization the sentence names before it. -1 when there is none.
   */
  private static int hisCompany(DocContext c, Sentence s, int trigger) {
    for (int k = Math.max(s.firstToken(), trigger - 2); k < trigger; k++) {
      Token t = c.tokens.get(k);
      if (t.kind() != Token.Kind.ARABIC || c.byToken[k] != null || t.suffix().isEmpty()
          || !org.isnad.recognize.HeadNounsAccess.isHead(t.stem())) {
        continue;
      }
      for (int j = k - 1; j >= s.firstToken(); j--) {
        EntityMention m = c.byToken[j];
        if (m != null && c.typeOf(m.entity()) == EntityType.ORGANIZATION) {
          return m.entity();
        }
      }
    }
    return -1;
  }

  private static final java.util.Set<String> IN_KIND = java.util.Set.of("عيني", "عينيه", "عينيا", "in-kind", "kind");

  private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("هذه", "هذا", "تلك", "ذلك", "this",
      "that", "these");

  private static boolean pledge(Phrases.Hit h) {
    return h.phrase().startsWith("تعهد");
  }

  /** "تعهدت الكويت بنصف مليار دولار", "تعهدت السعودية بتقديم 800 مليون": a sum pledged, within a few words. */
  private static boolean pledgedMoney(DocContext c, Sentence s, Phrases.Hit h) {
    java.util.Set<Integer> amountsAt = null; // the tokens amounts start at, read once when a ب word needs them
    for (int k = h.end(); k < Math.min(s.endToken(), h.end() + 8); k++) {
      Token t = c.tokens.get(k);
      String n = t.norm();
      if (n.equals("،") || n.equals(",") || Clauses.bareWord(t).startsWith("استثمار")) {
        return false;
      }
      if (t.hasPrefix('ب')) {
        if (amountsAt == null) {
          amountsAt = c.moneyIn(s.span()).stream().map(m -> c.tokenAt(m.span().start())).collect(Collectors.toSet());
        }
        if (amountsAt.contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs of granting, whose first object is the one who receives: منح، granted. */
  private static boolean granting(Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    return p.startsWith("منح") || p.startsWith("يمنح") || p.startsWith("تمنح") || p.equals("granted")
        || p.startsWith("اهد") || p.startsWith("يهد") || p.equals("gifted") || p.equals("presented")
        || p.equals("grants") || p.equals("awarded");
  }

  private static final java.util.Set<String> SETTLING = java.util.Set.of("settle", "settled", "settles", "settling",
      "settlement", "تسويه", "لتسويه", "تسويات");

  /** Whether the sentence pays to settle a claim. */
  private static boolean settles(DocContext c, Sentence s) {
    return Clauses.anyWord(c, s.firstToken(), s.endToken(), SETTLING);
  }

  /**
   * Verbs that give only among donations: "Acme followed with $4 million", "تلتها نيوفا بـ4 ملايين"
   * (the next in a ranking of givers), "قدم فلان مليوني دولار" (gave, a verb of any offering).
   */
  private static boolean ranking(Phrases.Hit h) {
    String p = h.phrase();
    return p.startsWith("followed") || p.startsWith("trailed") || p.startsWith("تلت") || p.startsWith("تلا")
        || p.startsWith("يلي") || p.startsWith("قدم") || p.startsWith("يقدم") || p.equals("تقدم");
  }

  /** Whether this sentence or the one before it tells a donation with an amount. */
  private static boolean donationBefore(DocContext c, Sentence s) {
    for (int i = Math.max(0, s.index() - 1); i <= s.index(); i++) {
      Sentence x = c.doc.sentences().get(i);
      for (Phrases.Hit h : c.triggers(Triggers.MONEY, x)) {
        if (h.label().equals("donation") && !ranking(h) && !c.moneyIn(x.span()).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.Set<String> AGGREGATES = java.util.Set.of("اجمالي", "مجموع", "مجمل", "حجم",
      "total", "totalling", "totaling", "overall", "combined", "aggregate");

  /** Whether the trigger noun is counted as a whole: "إجمالي التبرعات", "total donations", "the combined spending". */
  static boolean aggregate(DocContext c, Sentence s, int trigger) {
    return Clauses.anyWord(c, Math.max(s.firstToken(), trigger - 2), trigger, AGGREGATES);
  }

  /**
   * Words that make an amount a total. English "gave a total of $5 million" still names its
   * giver; "raised" and plural "donations" totals are left out by their own rules.
   */
  private static final java.util.Set<String> TOTALS = java.util.Set.of("الاجمالي", "اجمالي", "مجموع");

  /** An amount given as a total: "المبلغ الإجمالي ... 200 مليون". */
  private static boolean totalAmount(DocContext c, Money m) {
    int first = c.tokenAt(m.span().start());
    return Clauses.anyWord(c, Math.max(0, first - 6), first, TOTALS);
  }

  /** A trigger that is a definite noun: التبرع، التبرعات، the donation. */
  private static boolean definiteNoun(DocContext c, Phrases.Hit h) {
    Token t = c.tokens.get(h.first());
    if (t.kind() == Token.Kind.ARABIC) {
      return t.norm().startsWith("ال") || t.prefix().endsWith("ال");
    }
    return h.first() > 0 && c.tokens.get(h.first() - 1).norm().equalsIgnoreCase("the");
  }

  private static boolean needsAmount(FactType type, Phrases.Hit h) {
    if (type == FactType.ACQUISITION || type == FactType.INVESTMENT || type == FactType.GIFT) {
      return false;
    }
    if (type == FactType.DONATION) {
      String p = h.phrase();
      return !(p.startsWith("تبرع") || p.startsWith("يتبرع") || p.startsWith("تتبرع") || p.startsWith("سيتبرع")
          || p.startsWith("التبرع") || p.startsWith("donat") || p.startsWith("contribut"));
    }
    return type != FactType.CONTRACT && type != FactType.SANCTION;
  }

  private static boolean isRaising(DocContext c, Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    return p.startsWith("raise") || p.equals("raising") || p.startsWith("جمع") || receiving(h);
  }

  /** "تلقت اللجنة 10 ملايين دولار من فلان", "received $5 million from Acme": the giver follows من / from. */
  private static boolean receiving(Phrases.Hit h) {
    String p = h.phrase().toLowerCase(Locale.ROOT);
    return p.startsWith("تلق") || p.startsWith("يتلق") || p.startsWith("تتلق") || p.startsWith("receive");
  }

  /** Whether an amount follows the trigger within its clause: no comma or other clause between. */
  private static boolean nearAfter(DocContext c, Sentence s, Phrases.Hit h, Money m) {
    int at = c.tokenAt(m.span().start());
    if (at < h.end() || at > h.end() + 22) {
      return false;
    }
    for (int k = Math.max(h.end(), at - 4); k < at; k++) {
      String w = Clauses.bareWord(c.tokens.get(k));
      if (w.startsWith("قيمت") || w.equals("بقيمه") || w.equals("worth") || w.equals("valued")) {
        return true; // "50 حافلة، تقدر قيمتها بنحو 20 مليون درهم": the value of what was given
      }
    }
    for (int k = h.end(); k < at; k++) {
      String n = c.tokens.get(k).norm();
      if (n.equals("،") || n.equals(",") || n.equals("قبل") || n.equals("بعد") || n.equals(";")) {
        return false;
      }
    }
    return true;
  }

  /** The amount nearest the trigger in its sentence, preferring one after it. */
  static Money nearestMoney(DocContext c, Sentence s, Phrases.Hit h) {
    Money best = null;
    int bestDist = Integer.MAX_VALUE;
    int at = c.tokens.get(h.first()).start();
    for (Money m : c.moneyIn(s.span())) {
      if (Double.isNaN(m.value()) || totalAmount(c, m)) {
        continue;
      }
      int dist = m.span().start() >= at ? m.span().start() - at : 2 * (at - m.span().end()) + 20;
      if (dist < bestDist) {
        bestDist = dist;
        best = m;
      }
    }
    return best == null ? null : original(c, s, best);
  }

  /**
   * "KD96 million ($312 million)", "٢٥٠ ألف دينار (نحو 800 ألف دولار)": a conversion in brackets
   * right after another amount stands for it; the amount as first written is the fact's.
   */
  private static Money original(DocContext c, Sentence s, Money m) {
    String before = c.doc.text().substring(Math.max(s.start(), m.span().start() - 8), m.span().start()).strip();
    if (!before.endsWith("(")) {
      return m;
    }
    Money previous = null;
    for (Money o : c.moneyIn(s.span())) {
      if (o.span().end() <= m.span().start() && !Double.isNaN(o.value())) {
        previous = o;
      }
    }
    if (previous == null) {
      return m;
    }
    String between = c.doc.text().substring(previous.span().end(), m.span().start()).strip();
    return between.equals("(") ? previous : m;
  }

  static TimeExpr nearestTime(DocContext c, Sentence s, Phrases.Hit h) {
    TimeExpr best = null;
    int bestDist = Integer.MAX_VALUE;
    int at = c.tokens.get(h.first()).start();
    for (TimeExpr t : c.timesIn(s.span())) {
      int dist = Math.abs(t.span().start() - at);
      if (dist < bestDist) {
        bestDist = dist;
        best = t;
      }
    }
    return best;
  }

  /**
   * Whether a gift is money itself: the amount follows the noun with ب ("هدايا بملايين الدولارات",
   * not "هدية بقيمة" which prices an item), or the noun says so ("هدية مالية", "cash gifts").
   */
  private static boolean moneyGiven(DocContext c, Phrases.Hit h, Money amount) {
    String next = h.end() < c.tokens.size() ? c.tokens.get(h.end()).norm() : "";
    String prev = h.first() > 0 ? c.tokens.get(h.first() - 1).norm().toLowerCase(Locale.ROOT) : "";
    if (next.equals("ماليه") || next.equals("نقديه") || prev.equals("cash") || prev.equals("monetary")) {
      return true;
    }
    if (h.end() >= c.tokens.size()) {
      return false;
    }
    Token t = c.tokens.get(h.end());
    if (t.kind() == Token.Kind.ARABIC && t.hasPrefix('ب') && SCALES.contains(t.norm().substring(1))) {
      return true; // "هدايا بملايين الدولارات": an amount with no number
    }
    if (amount == null) {
      return false;
    }
    return t.start() <= amount.span().start() && amount.span().start() < t.end() && t.kind() == Token.Kind.ARABIC && t.hasPrefix('ب')
        && !t.norm().startsWith("بقيم");
  }

  private static final java.util.Set<String> SCALES = java.util.Set.of("ملايين", "مليارات", "الاف", "مليون",
      "مليار", "عشرات", "ميات");

  private static final java.util.Set<String> PLURALS = java.util.Set.of("تبرعات", "مساهمات", "donations",
      "contributions");

  private static final java.util.Set<String> GIFT_NOUNS = java.util.Set.of("هدايا", "هديه", "تبرع", "تبرعات",
      "مساهمه", "مساهمات", "gift", "gifts", "donation", "donations", "contribution", "contributions");

  private static final java.util.Set<String> AWARD = java.util.Set.of("awarded", "awards", "award", "granted",
      "ارست", "ارسي", "منحت", "منح", "تمنح", "يمنح", "ترسيه", "رست", "رسا", "ترسو", "اسندت", "اسند", "يسند", "تسند",
      "اسناد", "باسناد", "احال", "احالت", "يحيل", "تحيل", "احاله", "باحاله");

  /**
   * The name after "من قبل" ("by", in translated and official prose) within {@code window} words
   * after {@code from}, or -1; far from a gift it is another verb's agent ("تُستخدم من قبل الرئيس"),
   * while a tender's awarding body may close a long sentence.
   */
  static int byAgent(DocContext c, Sentence s, int from, int window) {
    for (int k = from; k + 2 < s.endToken() && k < from + window; k++) {
      if (Clauses.bareWord(c.tokens.get(k)).equals("من") && Clauses.bareWord(c.tokens.get(k + 1)).equals("قبل")) {
        EntityMention m = RoleFacts.nameAfterDescription(c, s, k + 2, 6); // "من قبل شركة واحة السماء"
        return m == null ? -1 : m.entity();
      }
    }
    return -1;
  }

  /** Folded words for a group of bidders: تحالف، ائتلاف، كونسورتيوم، consortium. */
  private static final java.util.Set<String> CONSORTIA = java.util.Set.of("تحالف", "ائتلاف", "كونسورتيوم",
      "consortium");

  /**
   * The members of the consortium a contract goes to: "على تحالف يضم شركة أ وشركة ب", "to a
   * consortium of A and B", "ائتلاف تقوده شركة أ". Empty when no consortium follows the trigger.
   */
  private static List<Integer> consortium(DocContext c, Sentence s, int from) {
    for (int k = from; k < Math.min(s.endToken(), from + 14); k++) {
      if (!CONSORTIA.contains(Clauses.bareWord(c.tokens.get(k)))) {
        continue;
      }
      List<Integer> members = Clauses.examplesAfter(c, s, k + 1, 10);
      if (members.size() < 2) {
        members = RelationFacts.chainAfter(c, s, k + 1, -1, false);
      }
      List<Integer> out = new java.util.ArrayList<>();
      for (int e : members) {
        if (c.typeOf(e) != EntityType.PLACE && !out.contains(e)) {
          out.add(e);
        }
      }
      return out;
    }
    return List.of();
  }

  /** Whether a verb of awarding stands just before the contract: "awarded a $1 billion contract". */
  private static boolean awarded(DocContext c, Sentence s, int trigger) {
    return Clauses.anyWord(c, Math.max(s.firstToken(), trigger - 10), trigger + 1, AWARD); // "أسندت إلى X تنفيذ"
  }

  /**
   * A fact whose first role is not the clause's subject: "was acquired by X", "awarded … to X".
   * {@code attributedTo} is the party whose claim the attribution cues are read for.
   */
  private static Draft turnedAround(DocContext c, Sentence s, Phrases.Hit h, FactType type, int first, int subject,
      Money amount, double confidence, int attributedTo) {
    Draft d = new Draft(type, s.span()).role(type.firstRole(), first).role(type.secondRole(), subject);
    d.amount = amount;
    d.time = nearestTime(c, s, h);
    d.confidence = confidence;
    Attributions.apply(c, s, h.first(), d, attributedTo, "occurred");
    return d;
  }

  /** A trigger noun with a possessive pronoun (تبرعه، استحواذها) belongs to the sentence's subject. */
  private static int possessor(DocContext c, Sentence s, int trigger, int agent) {
    if (c.tokens.get(trigger).suffix().isEmpty()) {
      return agent;
    }
    int subject = Clauses.sentenceSubject(c, s);
    return subject >= 0 ? subject : agent;
  }

  /** An English passive: "was acquired", "were bought", "has been acquired". */
  private static boolean passive(DocContext c, Sentence s, int trigger) {
    if (c.doc.isArabic() || trigger <= s.firstToken()) {
      return false;
    }
    String prev = c.tokens.get(trigger - 1).norm().toLowerCase(Locale.ROOT);
    return prev.equals("was") || prev.equals("were") || prev.equals("been") || prev.equals("is") || prev.equals("be")
        || prev.equals("being");
  }

  /** A trigger that names the gift rather than the giving: هدايا، تبرعه، the donation. */
  private static boolean giftNoun(DocContext c, Phrases.Hit h) {
    Token t = c.tokens.get(h.first());
    String n = t.kind() == Token.Kind.ARABIC ? t.stem() : t.norm().toLowerCase(Locale.ROOT);
    boolean nounForm = t.kind() != Token.Kind.ARABIC || t.hasArticle() || !t.suffix().isEmpty()
        || n.equals("هدايا") || n.equals("تبرعات") || n.equals("مساهمات") || n.equals("هديه");
    return h.end() - h.first() == 1 && GIFT_NOUNS.contains(n) && nounForm;
  }

  /** A trigger that is a plural noun standing alone: تبرعات، التبرعات، donations. */
  private static boolean pluralNoun(DocContext c, Phrases.Hit h) {
    Token t = c.tokens.get(h.first());
    String n = t.kind() == Token.Kind.ARABIC ? t.stem() : t.norm().toLowerCase(Locale.ROOT);
    return h.end() - h.first() == 1 && PLURALS.contains(n);
  }

  /** Whether a giver is named after "من" / "from" in the words after the trigger. */
  private static boolean givenFrom(DocContext c, Sentence s, Phrases.Hit h) {
    for (EntityMention m : c.mentionsIn(h.end(), Math.min(s.endToken(), h.end() + 8))) {
      Token prev = c.tokens.get(m.first() - 1);
      Token first = c.tokens.get(m.first());
      if (prev.norm().equalsIgnoreCase("من") || prev.norm().equalsIgnoreCase("from")
          || first.kind() == Token.Kind.ARABIC && first.prefix().equals("من")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention of {@code entity} after the trigger follows one of the prepositions. */
  private static boolean afterPreposition(DocContext c, Sentence s, int trigger, int entity, String... preps) {
    for (EntityMention m : c.mentionsIn(trigger + 1, s.endToken())) {
      if (m.entity() != entity) {
        continue;
      }
      int pi = governor(c, m, trigger, preps);
      Token prev = c.tokens.get(pi);
      Token first = c.tokens.get(pi + 1);
      for (String p : preps) {
        if (prev.norm().equalsIgnoreCase(p) || first.kind() == Token.Kind.ARABIC && first.prefix().equals(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the word governing a mention after the trigger stands: the token before it, past
   * quotation marks, head nouns (على شركة "زيتون داتا"), descriptions (من الملياردير فلان, "to
   * Turkish builder Demirkaya", "from venture capitalist Dana Reed"), "Singapore-based" and a
   * demonstrative (لدعم هذه المبادرة). The preposition looked for is not skipped.
   */
  private static int governor(DocContext c, EntityMention m, int trigger, String... preps) {
    java.util.List<String> wanted = java.util.Arrays.asList(preps);
    // English descriptions stand between a name and "to" / "from" only (not "of", "in": "stake in Acme")
    boolean described = wanted.contains("to") || wanted.contains("from");
    int pi = beforeBased(c, m.first() - 1, trigger);
    while (pi > trigger + 1 && (c.tokens.get(pi).kind() == Token.Kind.QUOTE || describes(c, pi)
        || c.byToken[pi] == null && c.tokens.get(pi).kind() == Token.Kind.ARABIC
        && org.isnad.recognize.HeadNounsAccess.isHead(c.tokens.get(pi).stem()))) {
      pi--;
    }
    pi = beforeBased(c, pi, trigger);
    if (pi > trigger + 1 && DEMONSTRATIVES.contains(c.tokens.get(pi).norm().toLowerCase(Locale.ROOT))) {
      pi--;
    }
    for (int skip = 0; described && skip < 3 && pi > trigger + 1 && c.byToken[pi] == null
        && c.tokens.get(pi).kind() == Token.Kind.LATIN && !wanted.contains(c.tokens.get(pi).norm().toLowerCase(Locale.ROOT))
        && (Character.isLowerCase(c.tokens.get(pi).norm().charAt(0))
            || org.isnad.recognize.NameRules.isDemonym(c.tokens.get(pi).norm())); skip++) {
      pi--;
    }
    return beforeBased(c, pi, trigger);
  }

  /** Whether an entity is a political committee, PAC or campaign, by any of its mentions (اللجنة، حملة فلان، PAC). */
  private static boolean political(DocContext c, int entity) {
    for (org.isnad.recognize.Mention m : c.entities.get(entity).mentions()) {
      String w = org.isnad.text.ar.ArabicNormalizer.normalize(c.doc.slice(m.span())).toLowerCase(Locale.ROOT);
      if (w.contains("لجنه") || w.contains("حمله") || w.matches(".*\\b(pac|committee|campaign)\\b.*")) {
        return true;
      }
    }
    int first = c.entities.get(entity).mentions().stream().mapToInt(m -> c.tokenAt(m.span().start())).min().orElse(0);
    for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
      Token t = c.tokens.get(k);
      if (t.kind() == Token.Kind.ARABIC && (t.stem().equals("لجنه") || t.stem().equals("حمله"))) {
        return true; // لجنة العمل السياسي "مستقبل أوهايو": the head noun before the quoted name
      }
      if (!(t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.ARABIC && t.hasArticle())) {
        break;
      }
    }
    return false;
  }

  /** Folded descriptors of people that stand between a preposition and a name: من الملياردير فلان. */
  private static final java.util.Set<String> DESCRIPTORS = java.util.Set.of("ملياردير", "مليونير", "رجل", "الاعمال",
      "اعمال", "مستثمر", "سيد", "امير", "شيخ", "دكتور", "مهندس", "رجال", "سيده", "billionaire", "businessman",
      "businesswoman", "investor", "mogul", "tycoon", "financier", "entrepreneur");

  /** Whether token k describes the name after it (الملياردير، رجل الأعمال، billionaire) and is no name itself. */
  private static boolean describes(DocContext c, int k) {
    Token t = c.tokens.get(k);
    if (c.byToken[k] != null) {
      return false;
    }
    String w = t.kind() == Token.Kind.ARABIC ? t.stem() : t.norm().toLowerCase(Locale.ROOT);
    // "على رجل الأعمال اللبناني فلان": a nationality adjective describes the name after it too
    return DESCRIPTORS.contains(w) || t.kind() == Token.Kind.ARABIC && org.isnad.link.Nominals.nisbaBase(t, 4) != null;
  }

  /** The first mention after the trigger that follows one of the given prepositions, else the first object. */
  static int objectAfter(DocContext c, Sentence s, int trigger, int exclude, String... preps) {
    int fallback = -1;
    for (EntityMention m : c.mentionsIn(trigger + 1, s.endToken())) {
      if (m.entity() == exclude) {
        continue;
      }
      int pi = governor(c, m, trigger, preps);
      Token prev = c.tokens.get(pi);
      String pn = prev.norm().toLowerCase(Locale.ROOT);
      for (String p : preps) {
        if (p != null && (pn.equals(p) || prev.stem().equals(p))) {
          return m.entity(); // "استثمار 600 مليار دولار في الولايات المتحدة": a country may be the object
        }
      }
      if (c.typeOf(m.entity()) == EntityType.PLACE) {
        continue;
      }
      if (fallback < 0 && !Clauses.prepositional(c, m) && (m.first() <= trigger + 4 || describedHead(c, trigger + 1, m.first()))) {
        fallback = m.entity();
      }
    }
    return fallback;
  }

  /**
   * "شراء شركة الهاتف المحمول "نيوفا"": a head noun at {@code from}, then only definite words
   * describing it and quotation marks up to the name at {@code name}.
   */
  private static boolean describedHead(DocContext c, int from, int name) {
    Token head = c.tokens.get(from);
    if (head.kind() != Token.Kind.ARABIC || !org.isnad.recognize.HeadNounsAccess.isHead(head.stem())
        || name - from > 6) {
      return false;
    }
    for (int k = from + 1; k < name; k++) {
      Token t = c.tokens.get(k);
      if (!(t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.ARABIC && t.hasArticle())) {
        return false;
      }
    }
    return true;
  }

  private static String purpose(DocContext c, Sentence s) {
    String t = org.isnad.text.ar.ArabicNormalizer.normalize(c.doc.slice(s.span())).toLowerCase(Locale.ROOT);
    if (t.contains("تسويه") || t.contains("settle")) {
      return "settlement";
    }
    if (t.contains("غرام") || t.contains("fine")) {
      return "fine";
    }
    if (t.contains("ضغط") || t.contains("lobby")) {
      return "lobbying";
    }
    if (t.contains("رشو") || t.contains("rashw") || t.contains("bribe")) {
      return "bribe";
    }
    if (t.contains("رسوم") || t.contains(" fee")) {
      return "fee";
    }
    if (t.contains("شراء") || t.contains("purchas")) {
      return "purchase";
    }
    return "other";
  }
}
