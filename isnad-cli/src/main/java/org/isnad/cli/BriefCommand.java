package org.isnad.cli;

import java.util.concurrent.Callable;
import org.isnad.brief.BriefText;
import org.isnad.brief.Briefing;
import org.isnad.brief.Phrases;
import org.isnad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad brief}: what to know about an entity, every line with its articles and sentences. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {"What the stored articles say about an entity, named in Arabic or English by any alias:",
        "money in and out with totals, statements, meetings, roles, ownership, disputes and sanctions, accusations."})
final class BriefCommand implements Callable<Integer> {
  enum Format { TEXT, MD, JSON }

  @Parameters(index = "0", paramLabel = "NAME", description = "the entity, e.g. \"أمازون\" or \"Amazon\"")
  String name;

  @Option(names = "--with", paramLabel = "OTHER", description = "only facts that also involve this entity")
  String with;

  @Option(names = "--lang", description = "ar or en (default: the script of NAME)")
  String lang;

  @Option(names = "--format", defaultValue = "text", description = "text, md or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--limit", defaultValue = "20", description = "facts shown per section (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--no-related", description = "leave out organizations named after the entity (its fund, its campaign)")
  boolean noRelated;

  @Option(names = "--db", defaultValue = "isnad.db", description = "SQLite file or postgresql://host:port/db (default: ${DEFAULT-VALUE})")
  String db;

  @Override
  public Integer call() {
    String language = lang != null ? lang : Phrases.isArabic(name) ? "ar" : "en";
    if (!language.equals("ar") && !language.equals("en")) {
      System.err.println("isnad brief: --lang must be ar or en, was " + lang);
      return 2;
    }
    try (Store store = Store.open(db)) {
      Briefing b = Briefing.of(store, name, with, !noRelated, limit);
      if (b == null) {
        System.err.println("isnad brief: no entity named \"" + name + "\" in " + db + " (" + store.documentCount()
            + " articles); try another spelling or its English name");
        return 1;
      }
      System.out.print(format == Format.JSON ? BriefText.json(b, language) + "\n"
          : new BriefText(language, format == Format.MD, limit).render(b));
      return 0;
    }
  }
}
