package org.isnad.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.standard();

  @Test
  void namesArabicPlacesInEnglish() {
    assertThat(g.english("واشنطن")).contains("Washington");
    assertThat(g.english("مصر")).contains("Egypt");
    assertThat(g.english("القاهرة")).contains("Cairo");
  }

  @Test
  void findsPlacesWithTheArticleDroppedOrUnfolded() {
    assertThat(g.english("قاهرة")).contains("Cairo");
    assertThat(g.english("الاسكندريه")).contains("Alexandria");
  }

  @Test
  void prefersTheBiggerCityOfTheSameName() {
    assertThat(g.place("الإسكندرية").orElseThrow().country()).isEqualTo("Egypt");
  }

  @Test
  void namesEnglishPlacesInArabic() {
    assertThat(g.arabic("Egypt")).contains("مصر");
    assertThat(g.arabic("the United States")).contains("الولايات المتحدة");
    assertThat(g.arabic("côte d'ivoire")).contains("ساحل العاج");
  }

  @Test
  void tellsCountriesFromCities() {
    assertThat(g.isCountry("السعودية")).isTrue();
    assertThat(g.isCountry("المملكة العربية السعودية")).isTrue();
    assertThat(g.isCity("السعودية")).isFalse();
    assertThat(g.isCity("باريس")).isTrue();
    assertThat(g.isCountry("باريس")).isFalse();
  }

  @Test
  void knowsGivenNames() {
    assertThat(g.isGivenName("محمد")).isTrue();
    assertThat(g.isGivenName("فاطمه")).isTrue();
    assertThat(g.isGivenName("واشنطن")).isFalse();
  }

  @Test
  void knowsCurrencyNames() {
    assertThat(g.currencyCode("ريال سعودي")).contains("SAR");
    assertThat(g.currencyCode("الدولار الأمريكي")).contains("USD");
  }
}
