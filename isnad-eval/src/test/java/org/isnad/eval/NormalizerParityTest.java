package org.isnad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * normalize() agrees with score.py's on every code point of planes 0 and 1, alone and in the
 * contexts where its rules interact (final sigma, the leading article, the heads). Runs only
 * where python3 and the shared folder exist. Characters assigned after the Unicode version of
 * the local Python are skipped: ICU knows them, Python does not yet.
 */
class NormalizerParityTest {
  /**
   * U+0295 ʕ is a cased lowercase letter up to Unicode 15 and an uncased Lo from Unicode 16 on
   * (U+02E4 folds to it under NFKC), so a final sigma before it depends on the Unicode version:
   * ICU 79 and a Python older than 3.14 disagree there, and we follow ICU.
   */
  private static final java.util.Set<Integer> UNICODE_VERSION_CHANGES = java.util.Set.of(0x0295, 0x02E4);

  private static final String SCRIPT = String.join("\n",
      "import sys, json, unicodedata, importlib.util",
      "spec = importlib.util.spec_from_file_location('score', sys.argv[1])",
      "score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)",
      "out = sys.stdout",
      "for c in range(0x20000):",
      "    if 0xD800 <= c <= 0xDFFF: continue",
      "    ch = chr(c)",
      "    assigned = unicodedata.category(ch) != 'Cn'",
      "    res = [score.normalize(s) for s in (ch, 'ΑΣ' + ch, 'ال' + ch + 'ب', 'شركة' + ch + 'ميتا')]",
      "    out.write(json.dumps([c, assigned, unicodedata.unidata_version] + res) + '\\n')",
      "");

  @Test
  void agreesWithScorePyOnEveryCodePointOfTheFirstTwoPlanes() throws Exception {
    String dir = System.getProperty("isnad.shared");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "tools", "score.py")), "no shared folder");
    assumeTrue(ScorerParityTest.PythonRunner.available(), "no python3");
    ProcessBuilder pb = new ProcessBuilder("python3", "-", Path.of(dir, "tools", "score.py").toString());
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(SCRIPT.getBytes(StandardCharsets.UTF_8));
    }
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode row = PyJson.MAPPER.readTree(line);
        int c = row.get(0).intValue();
        if (!row.get(1).booleanValue() && com.ibm.icu.lang.UCharacter.getType(c) != 0
            || UNICODE_VERSION_CHANGES.contains(c)) {
          continue; // unassigned in the local Python's Unicode, assigned in ICU's
        }
        String ch = new String(Character.toChars(c));
        String[] inputs = {ch, "ΑΣ" + ch, "ال" + ch + "ب", "شركة" + ch + "ميتا"};
        for (int k = 0; k < inputs.length; k++) {
          String java = NameNormalizer.normalize(inputs[k]);
          if (!java.equals(row.get(3 + k).textValue()) && mismatches.size() < 20) {
            mismatches.add(String.format("U+%04X context %d: python %s java %s", c, k,
                PyJson.dumps(row.get(3 + k)), PyJson.dumps(PyJson.MAPPER.getNodeFactory().textNode(java))));
          }
        }
        checked++;
      }
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(checked).isGreaterThan(100_000);
    assertThat(mismatches).isEmpty();
  }
}
