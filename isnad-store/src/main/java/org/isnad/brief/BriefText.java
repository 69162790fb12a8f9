package org.isnad.brief;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.store.EntityRef;
import org.isnad.store.GlobalFact;

/** Renders a {@link Briefing} as plain text, Markdown or JSON, in Arabic or English. Every fact cites its articles. */
public final class BriefText {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Phrases say;
  private final boolean md;
  private final int limit;

  public BriefText(String lang, boolean markdown, int limitPerGroup) {
    this.say = new Phrases(lang);
    this.md = markdown;
    this.limit = limitPerGroup;
  }

  public String render(Briefing b) {
    StringBuilder out = new StringBuilder();
    EntityRef top = b.subjects().get(0);
    Set<String> aka = new LinkedHashSet<>(top.aliases());
    aka.remove(say.name(top));
    out.append(md ? "# " : "").append(say.name(top)).append(" (").append(say.kind(top.type(), top.documents())).append(")\n");
    if (!aka.isEmpty()) {
      out.append(say.arabic() ? "يُعرف أيضاً بـ: " : "Also known as: ").append(String.join(", ", aka)).append('\n');
    }
    for (EntityRef other : b.subjects().subList(1, b.subjects().size())) {
      out.append(say.arabic() ? "ومعه كيان آخر بالاسم نفسه: " : "Also an entity of that name: ").append(say.name(other))
          .append(" (").append(say.kind(other.type(), other.documents())).append(")\n");
    }
    if (!b.related().isEmpty()) {
      out.append(say.arabic() ? "مع الكيانات المرتبطة: " : "With related entities: ")
          .append(b.related().stream().map(say::name).collect(Collectors.joining(", "))).append('\n');
    }
    if (!b.with().isEmpty()) {
      out.append(say.arabic() ? "الوقائع المشتركة مع: " : "Facts shared with: ")
          .append(b.with().stream().map(say::name).collect(Collectors.joining(", "))).append('\n');
    }
    if (b.groups().isEmpty()) {
      out.append('\n').append(say.noFacts()).append('\n');
    }
    for (Map.Entry<Briefing.Group, List<GlobalFact>> g : b.groups().entrySet()) {
      out.append('\n').append(md ? "## " + say.heading(g.getKey()) : "== " + say.heading(g.getKey()) + " ==").append('\n');
      Map<String, Double> totals = b.totals().get(g.getKey());
      if (totals != null) {
        out.append(md ? "*" : "").append(say.totals()).append(": ").append(totals.entrySet().stream().map(t -> {
          String[] cs = t.getKey().split(" ", 2);
          return Phrases.amount(t.getValue(), cs[0]) + " (" + say.status(cs[1].equals("unknown") ? null : cs[1]) + ")";
        }).collect(Collectors.joining(", "))).append(md ? "*" : "").append('\n');
      }
      List<GlobalFact> facts = g.getValue();
      for (GlobalFact f : facts.subList(0, Math.min(limit, facts.size()))) {
        fact(out, f);
      }
      int more = b.counts().getOrDefault(g.getKey(), facts.size()) - Math.min(limit, facts.size());
      if (more > 0) {
        out.append(say.arabic() ? "… و" + more + " وقائع أخرى\n" : "… and " + more + " more facts\n");
      }
    }
    return out.toString();
  }

  private void fact(StringBuilder out, GlobalFact f) {
    String status = f.status() == null ? "" : say.status(f.status()) + (say.arabic() ? "؛ " : "; ");
    String attributions = f.evidence().stream().map(say::attribution).distinct().limit(3)
        .collect(Collectors.joining(say.arabic() ? "؛ " : "; "));
    out.append("- ").append(md ? "**" + say.sentence(f) + "**" : say.sentence(f)).append(" — ").append(status)
        .append(attributions).append(reports(f)).append('\n');
    if (f.amountConflict()) {
      out.append("  ! ").append(say.differ("amount")).append(": ").append(f.evidence().stream().filter(e -> e.amount() != null)
          .map(e -> Phrases.amount(e.amount(), e.currency()) + " (" + e.docId() + ")").collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (f.statusConflict()) {
      out.append("  ! ").append(say.differ("status")).append(": ").append(f.evidence().stream().filter(e -> e.status() != null)
          .map(e -> say.status(e.status()) + " (" + e.docId() + ")").collect(Collectors.joining(", "))).append('\n');
    }
    // Copies of one wire story are one citation, with every outlet that ran it.
    Map<Long, List<GlobalFact.Evidence>> byStory = new java.util.LinkedHashMap<>();
    long alone = -1;
    for (GlobalFact.Evidence e : f.evidence()) {
      byStory.computeIfAbsent(e.story() > 0 ? e.story() : alone--, k -> new java.util.ArrayList<>()).add(e);
    }
    for (List<GlobalFact.Evidence> copies : byStory.values()) {
      GlobalFact.Evidence e = copies.get(0);
      String where = e.docId() + (e.outlet() == null ? "" : ", " + e.outlet()) + (e.title() == null ? "" : ": " + e.title());
      String sentence = e.sentence() == null ? "" : e.sentence().replaceAll("\\s+", " ");
      if (sentence.length() > 240) {
        sentence = sentence.substring(0, 240) + "…";
      }
      out.append("    ").append(md ? "- " : "").append('[').append(where).append("] ")
          .append(sentence.isEmpty() ? "" : "«" + sentence + "»").append('\n');
      if (copies.size() > 1) {
        out.append("      ").append(say.arabic() ? "(القصة نفسها أيضاً في: " : "(the same story also in: ")
            .append(copies.subList(1, copies.size()).stream().map(c -> c.docId() + (c.outlet() == null ? "" : ", " + c.outlet()))
                .collect(Collectors.joining("; "))).append(")\n");
      }
    }
    if (f.evidences() > f.evidence().size()) {
      int more = f.evidences() - f.evidence().size();
      out.append("    ").append(say.arabic() ? "… و" + more + " مقالات أخرى" : "… and " + more + " more articles").append('\n');
    }
  }

  /** " — 1 report in 3 articles" when copies of one story are among the evidences, else nothing. */
  private String reports(GlobalFact f) {
    if (f.reports() <= 0 || f.reports() >= f.evidences()) {
      return "";
    }
    return say.arabic() ? " — " + (f.reports() == 1 ? "تقرير واحد" : f.reports() + " تقارير مستقلة") + " في " + f.evidences() + " مقالات"
        : " — " + f.reports() + (f.reports() == 1 ? " report" : " independent reports") + " in " + f.evidences() + " articles";
  }

  public static String json(Briefing b, String lang) {
    return jsonTree(b, lang).toPrettyString();
  }

  /** The JSON of {@link #json} as a tree, for callers that write it compactly. */
  public static ObjectNode jsonTree(Briefing b, String lang) {
    Phrases say = new Phrases(lang);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode subjects = root.putArray("entities");
    b.subjects().forEach(e -> subjects.add(entity(e)));
    ArrayNode related = root.putArray("related");
    b.related().forEach(e -> related.add(entity(e)));
    ArrayNode with = root.putArray("with");
    b.with().forEach(e -> with.add(entity(e)));
    ObjectNode groups = root.putObject("groups");
    for (Map.Entry<Briefing.Group, List<GlobalFact>> g : b.groups().entrySet()) {
      ObjectNode group = groups.putObject(g.getKey().name().toLowerCase(Locale.ROOT));
      Map<String, Double> totals = b.totals().get(g.getKey());
      if (totals != null) {
        ArrayNode t = group.putArray("totals");
        totals.forEach((k, v) -> t.addObject().put("currency", k.split(" ", 2)[0]).put("status", k.split(" ", 2)[1])
            .put("value", v));
      }
      group.put("count", b.counts().getOrDefault(g.getKey(), g.getValue().size()));
      ArrayNode facts = group.putArray("facts");
      for (GlobalFact f : g.getValue()) {
        ObjectNode n = facts.addObject();
        n.put("id", f.id()).put("type", f.type()).put("summary", say.sentence(f));
        ObjectNode roles = n.putObject("roles");
        f.roles().forEach((role, es) -> {
          ArrayNode a = roles.putArray(role);
          es.forEach(e -> a.addObject().put("id", e.id()).put("name", say.name(e)));
        });
        if (f.amount() != null) {
          n.putObject("amount").put("value", f.amount()).put("currency", f.currency());
        }
        n.put("status", f.status()).put("time", f.time()).put("evidences", f.evidences()).put("reports", f.reports())
            .put("amount_conflict", f.amountConflict())
            .put("status_conflict", f.statusConflict());
        ArrayNode ev = n.putArray("evidence");
        for (GlobalFact.Evidence e : f.evidence()) {
          ObjectNode x = ev.addObject().put("doc", e.docId()).put("outlet", e.outlet()).put("title", e.title())
              .put("published", e.published()).put("sentence", e.sentence()).put("status", e.status())
              .put("attribution", e.attribution()).put("source", e.attributionSource()).put("says", say.attribution(e))
              .put("story", e.story());
          x.putArray("span").add(e.start()).add(e.end());
          if (e.amount() != null) {
            x.putObject("amount").put("value", e.amount()).put("currency", e.currency());
          }
        }
      }
    }
    return root;
  }

  public static ObjectNode entity(EntityRef e) {
    ObjectNode n = JSON.createObjectNode().put("id", e.id()).put("type", e.type()).put("name", e.name())
        .put("name_en", e.nameEn()).put("documents", e.documents());
    ArrayNode a = n.putArray("aliases");
    e.aliases().forEach(a::add);
    return n;
  }
}
