package org.isnad.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.fact.FactType;

/**
 * The section of a brief a fact is in, for the entities a brief is about: money out when one of them
 * fills a money fact's first role (donor, payer, ...), money in otherwise; statements, meetings,
 * roles, ownership, disputes and sanctions, accusations, other by type. The store keeps each
 * entity's section of each of its facts ({@code entity_facts.section}); briefs group by it.
 */
public final class Sections {
  private Sections() {}

  public static final Set<String> MONEY = Set.of("donation", "payment", "investment", "acquisition", "contract", "gift");
  public static final String MONEY_OUT = "money_out";
  public static final String MONEY_IN = "money_in";
  /** The bucket of facts that are not totalled: no amount, or not money. */
  static final String UNTOTALLED = "";

  private static final Map<String, String> FIRST_ROLE = MONEY.stream()
      .collect(Collectors.toUnmodifiableMap(t -> t, t -> FactType.fromJson(t).firstRole()));

  /** The section of a fact of this type in which the entities asked fill these roles. */
  public static String of(String type, Collection<String> roles) {
    String first = FIRST_ROLE.get(type);
    if (first != null) {
      return roles.contains(first) ? MONEY_OUT : MONEY_IN;
    }
    return switch (type) {
      case "statement", "no_comment" -> "statements";
      case "meeting" -> "meetings";
      case "role" -> "roles";
      case "ownership" -> "ownership";
      case "dispute", "competition", "sanction", "policy" -> "disputes_and_sanctions";
      case "accusation" -> "accusations";
      default -> "other";
    };
  }

  static boolean money(String section) {
    return section.equals(MONEY_OUT) || section.equals(MONEY_IN);
  }

  /**
   * What a brief totals a fact under: its currency and status ("USD occurred", "EUR unknown" when
   * it has none) for a money fact with an amount, {@link #UNTOTALLED} for any other.
   */
  static String bucket(String section, Double amount, String currency, String status) {
    if (amount == null || !money(section)) {
      return UNTOTALLED;
    }
    return currency + " " + (status == null ? "unknown" : status);
  }

  /**
   * Most independent reports first (a wire story copied by five outlets is one report, not five),
   * then most evidences, then first stored: the order in which briefs and graphs show facts.
   */
  public static final Comparator<Store.FactHead> MOST_REPORTED = Comparator.comparingInt(Store.FactHead::reports)
      .reversed().thenComparing(Comparator.comparingInt(Store.FactHead::evidences).reversed())
      .thenComparingLong(Store.FactHead::id);
}
