package org.isnad.eval.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.isnad.link.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
  private static Gazetteer built;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    String shared = System.getProperty("isnad.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data", "aliases_npm")),
        "needs the shared data folder (system property isnad.shared)");
    GazetteerBuilder.build(Path.of(shared), dir);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(GazetteerBuilder.FILE)))) {
      built = Gazetteer.read(in);
    }
  }

  @Test
  void indexesCitiesAlsoWithoutTheirAdministrativePrefix() {
    assertThat(built.english("ولاية قندهار")).contains("Kandahar");
    assertThat(built.english("قندهار")).contains("Kandahar");
  }

  @Test
  void putsTheShortCountryNameFirst() {
    assertThat(built.english("الصين")).contains("China");
    assertThat(built.arabic("People's Republic of China")).contains("الصين");
  }

  @Test
  void takesTheCityTableCountryNamesAsAliases() {
    assertThat(built.isCountry("الولايات المتحدة الأمريكية")).isTrue();
    assertThat(built.english("الولايات المتحدة الأمريكية")).contains("United States");
  }
}
