package org.isnad.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.fact.FactType;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;
import org.isnad.store.Store;

/**
 * FollowTheMoney entities, one JSON object a line (what {@code ftm} and Aleph's {@code
 * load_ftm} read). Entities are Person, Company (what is owned, bought or invested in, or named
 * as a company), PublicBody (ministries, governments, councils), Organization, or LegalEntity
 * (places and others). Facts become Payment (donations, gifts, payments, investments,
 * contracts), Ownership (ownership, acquisitions), Directorship or Employment (roles), Event
 * (meetings), Sanction, or UnknownLink (accusations, disputes, rivalries, policies, statements
 * to someone); a fact whose parties do not fit its schema's ranges becomes an UnknownLink or an
 * Event, never an invalid entity. Every fact cites its articles as Article entities
 * ({@code proof}). Ids: {@code isnad-entity-N}, {@code isnad-fact-N}, {@code isnad-article-SHA256}.
 */
final class FtmExport {
  private static final Pattern PUBLIC = Pattern.compile("(?i)\\b(ministry|government|department|parliament|senate|congress"
      + "|council|commission|municipality|embassy|court|police|army|central bank|white house|pentagon|authority)\\b"
      + "|وزارة|حكومة|هيئة|مجلس(?! ?إدارة)|بلدية|سفارة|البنك المركزي|محكمة|الجيش|شرطة|البرلمان|الكونغرس|البيت الأبيض|البنتاغون|الديوان");
  private static final Pattern COMPANY = Pattern.compile("(?i)\\b(inc|corp|corporation|company|co|ltd|llc|plc|group|holdings?"
      + "|bank|capital|ventures|partners|technologies|airlines?|motors)\\b\\.?|شركة|مجموعة|بنك|مصرف|القابضة|كابيتال|للاستثمار");
  private static final Set<String> ASSET_ROLES = Set.of("owned", "acquired", "investee");
  /** The schemata an organization of a role can have for the role to be a directorship or membership. */
  private static final Set<String> ORG_SCHEMATA = Set.of("Company", "Organization", "PublicBody");
  private static final Pattern DIRECTING = Pattern.compile("(?i)chief|ceo|chair|president|director|board|founder|head"
      + "|managing|executive|owner|رئيس|مدير|مؤسس|مجلس|إدارة|المالك");

  private final Writer out;
  private final Tally tally = new Tally();
  /** Each written entity's schema, to check a fact's parties against its schema's ranges. */
  private final Map<Long, String> schemata = new HashMap<>();

  private FtmExport(OutputStream out) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
  }

  static Counts write(Selection s, OutputStream out) throws IOException {
    FtmExport x = new FtmExport(out);
    try {
      s.entities(x::entity);
      s.facts(x::fact);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    x.out.flush();
    return x.tally.counts();
  }

  static String entityId(long id) {
    return "isnad-entity-" + id;
  }

  static String articleId(String key) {
    return "isnad-article-" + key;
  }

  /** The FtM schema of a stored entity. */
  static String schema(Store.ExportEntity x) {
    EntityRef e = x.entity();
    return switch (e.type()) {
      case "person" -> "Person";
      case "organization" -> {
        String names = e.name() + " " + (e.nameEn() == null ? "" : e.nameEn());
        if (x.roles().stream().anyMatch(ASSET_ROLES::contains) || COMPANY.matcher(names).find()) {
          yield "Company";
        }
        yield PUBLIC.matcher(names).find() ? "PublicBody" : "Organization";
      }
      default -> "LegalEntity";
    };
  }

  private void entity(Store.ExportEntity x) {
    EntityRef e = x.entity();
    String schema = schema(x);
    schemata.put(e.id(), schema);
    List<String> aliases = new ArrayList<>(e.aliases());
    if (e.nameEn() != null) {
      aliases.add(0, e.nameEn());
    }
    aliases.remove(e.name());
    emit(new FtmEntity(entityId(e.id()), schema).add("name", e.name()).add("alias", aliases));
    tally.entities++;
  }

  private void fact(GlobalFact f) {
    FactType t = FactType.fromJson(f.type());
    List<EntityRef> a = f.role(t.firstRole());
    List<EntityRef> b = t.secondRole() == null ? List.of() : f.role(t.secondRole());
    FtmEntity e = switch (t) {
      case DONATION, GIFT, PAYMENT, INVESTMENT -> payment(f, a, b);
      case CONTRACT -> payment(f, b, a); // the client pays the contractor
      case OWNERSHIP, ACQUISITION -> ownership(f, a, b);
      case ROLE -> role(f, a, b);
      case MEETING -> event(f, Selection.everyone(f));
      case SANCTION -> b.isEmpty() ? event(f, a) : sanction(f, a, b);
      case DISPUTE, COMPETITION -> a.size() == 2 ? link(f, a.subList(0, 1), a.subList(1, 2)) : event(f, a);
      case STATEMENT, ACCUSATION, POLICY -> a.isEmpty() || b.isEmpty() ? null : link(f, a, b);
      case NO_COMMENT -> null;
    };
    if (e == null) {
      tally.left++;
      return;
    }
    e.add("summary", Text.summary(f)).add("date", Text.date(f.time()));
    List<String> proof = new ArrayList<>();
    for (GlobalFact.Evidence ev : f.evidence()) {
      if (tally.firstCite(ev.document())) {
        article(ev);
      }
      proof.add(articleId(ev.document()));
      e.add("publisher", ev.outlet()).add("sourceUrl", Text.url(ev.url()));
      tally.evidences++;
    }
    e.add("proof", proof).add("description", f.evidence().stream().map(GlobalFact.Evidence::sentence).limit(20).toList());
    emit(e);
    tally.facts++;
  }

  private FtmEntity payment(GlobalFact f, List<EntityRef> payer, List<EntityRef> beneficiary) {
    if (payer.isEmpty() || beneficiary.isEmpty()) {
      return event(f, Selection.everyone(f));
    }
    return new FtmEntity(factId(f), "Payment").add("payer", ids(payer)).add("beneficiary", ids(beneficiary))
        .add("amount", Text.amount(f.amount())).add("currency", f.currency())
        .add("purpose", f.type() + (f.text() == null ? "" : ": " + f.text()));
  }

  private FtmEntity ownership(GlobalFact f, List<EntityRef> owner, List<EntityRef> asset) {
    if (owner.isEmpty() || asset.isEmpty() || !asset.stream().allMatch(x -> "Company".equals(schemata.get(x.id())))) {
      return owner.isEmpty() || asset.isEmpty() ? event(f, Selection.everyone(f)) : link(f, owner, asset);
    }
    FtmEntity e = new FtmEntity(factId(f), "Ownership").add("owner", ids(owner)).add("asset", ids(asset))
        .add("status", f.status()).add("ownershipType", f.type());
    if (f.type().equals("acquisition")) {
      e.add("startDate", Text.date(f.time())).add("sharesValue", Text.amount(f.amount())).add("sharesCurrency", f.currency());
    }
    return e;
  }

  private FtmEntity role(GlobalFact f, List<EntityRef> person, List<EntityRef> org) {
    if (person.isEmpty() || org.isEmpty()) {
      return event(f, Selection.everyone(f));
    }
    boolean organization = org.stream().allMatch(x -> ORG_SCHEMATA.contains(schemata.get(x.id())));
    String title = f.text() == null ? "" : f.text();
    if (organization && DIRECTING.matcher(title).find()) {
      return new FtmEntity(factId(f), "Directorship").add("director", ids(person)).add("organization", ids(org))
          .add("role", f.text()).add("status", f.status());
    }
    if (organization && person.stream().allMatch(x -> "Person".equals(schemata.get(x.id())))) {
      return new FtmEntity(factId(f), "Employment").add("employee", ids(person)).add("employer", ids(org))
          .add("role", f.text()).add("status", f.status());
    }
    return link(f, person, org);
  }

  private FtmEntity sanction(GlobalFact f, List<EntityRef> authority, List<EntityRef> target) {
    return new FtmEntity(factId(f), "Sanction").add("entity", ids(target))
        .add("authority", authority.stream().map(Text::name).toList()).add("provisions", f.text())
        .add("status", f.status()).add("startDate", Text.date(f.time()));
  }

  private FtmEntity event(GlobalFact f, List<EntityRef> involved) {
    if (involved.isEmpty()) {
      return null;
    }
    return new FtmEntity(factId(f), "Event").add("name", Text.summary(f)).add("involved", ids(involved));
  }

  private FtmEntity link(GlobalFact f, List<EntityRef> subject, List<EntityRef> object) {
    return new FtmEntity(factId(f), "UnknownLink").add("subject", ids(subject)).add("object", ids(object))
        .add("role", f.type() + (f.text() == null ? "" : ": " + f.text())).add("status", f.status());
  }

  private void article(GlobalFact.Evidence ev) {
    emit(new FtmEntity(articleId(ev.document()), "Article").add("name", ev.title() != null ? ev.title() : ev.docId())
        .add("title", ev.title()).add("publishedAt", Text.date(ev.published())).add("sourceUrl", Text.url(ev.url()))
        .add("publisher", ev.outlet()));
  }

  private static String factId(GlobalFact f) {
    return "isnad-fact-" + f.id();
  }

  private static List<String> ids(List<EntityRef> es) {
    return es.stream().map(e -> entityId(e.id())).toList();
  }

  private void emit(FtmEntity e) {
    try {
      out.write(e.json());
      out.write('\n');
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
