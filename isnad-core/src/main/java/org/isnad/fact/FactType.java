package org.isnad.fact;

import java.util.Locale;

/** The sixteen fact types of FACTS.md, with their role names. */
public enum FactType {
  DONATION("donor", "recipient"),
  PAYMENT("payer", "payee"),
  INVESTMENT("investor", "investee"),
  ACQUISITION("acquirer", "acquired"),
  CONTRACT("contractor", "client"),
  GIFT("giver", "recipient"),
  SANCTION("authority", "target"),
  STATEMENT("speaker", "addressee"),
  MEETING("participants", null),
  ROLE("person", "organization"),
  OWNERSHIP("owner", "owned"),
  ACCUSATION("accuser", "accused"),
  DISPUTE("parties", null),
  COMPETITION("parties", null),
  POLICY("actor", "target"),
  NO_COMMENT("subject", null);

  private final String first;
  private final String second;

  FactType(String first, String second) {
    this.first = first;
    this.second = second;
  }

  /** The agent-like role: donor, payer, speaker; for list types the list role. */
  public String firstRole() {
    return first;
  }

  /** The patient-like role, or null for list types and no_comment. */
  public String secondRole() {
    return second;
  }

  public boolean hasListRole() {
    return this == MEETING || this == DISPUTE || this == COMPETITION;
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FactType fromJson(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
