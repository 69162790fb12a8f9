package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.fact.FactType;
import org.isnad.recognize.Money;
import org.isnad.recognize.TimeExpr;
import org.isnad.text.Span;

/** A fact as a reader first finds it, with roles as entity indexes; the assembler merges and numbers them. */
final class Draft {
  final FactType type;
  final Map<String, Object> roles = new LinkedHashMap<>(); // role → Integer or List<Integer>
  Money amount;
  TimeExpr time;
  String status;
  String attributionKind = "asserted";
  int attributionSource = -1;
  String attributionCue;
  final List<Span> evidence = new ArrayList<>();
  double confidence = 0.5;
  final Map<String, Object> fields = new LinkedHashMap<>();

  Draft(FactType type, Span evidence) {
    this.type = type;
    this.evidence.add(evidence);
  }

  Draft role(String name, int entity) {
    roles.put(name, entity);
    return this;
  }

  Draft roles(String name, List<Integer> entities) {
    roles.put(name, List.copyOf(entities));
    return this;
  }

  Draft field(String name, Object value) {
    if (value != null) {
      fields.put(name, value);
    }
    return this;
  }

  /** The same fact with another entity in one role: "A and others such as B" give alike. */
  Draft withRole(String name, int entity) {
    Draft d = new Draft(type, evidence.get(0));
    d.evidence.clear();
    d.evidence.addAll(evidence);
    d.roles.putAll(roles);
    d.roles.put(name, entity);
    d.amount = amount;
    d.time = time;
    d.status = status;
    d.attributionKind = attributionKind;
    d.attributionSource = attributionSource;
    d.attributionCue = attributionCue;
    d.confidence = confidence;
    d.fields.putAll(fields);
    return d;
  }

  Integer entity(String role) {
    Object o = roles.get(role);
    return o instanceof Integer i ? i : null;
  }
}
