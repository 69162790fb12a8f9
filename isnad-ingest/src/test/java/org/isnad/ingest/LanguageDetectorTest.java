package org.isnad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static String lang(String text) {
    LanguageDetector.Result r = LanguageDetector.detect(text, null);
    assertThat(r.accepted()).isEqualTo(r.lang().equals("ar") || r.lang().equals("en"));
    return r.lang();
  }

  @Test
  void acceptsArabic() {
    assertThat(lang("أعلنت مؤسسة الخير عن تبرع بمبلغ خمسة ملايين دولار لصالح مستشفى الملك في الرياض، وقال"
        + " رئيس مجلس إدارتها إن التبرع يأتي ضمن برنامج لدعم القطاع الصحي.")).isEqualTo("ar");
  }

  @Test
  void acceptsArabicTypedWithPersianLetters() {
    // Farsi yeh and keheh from a Persian keyboard: still Arabic words.
    assertThat(lang("قال المتحدث فی بيان إن الشرکة التی تعمل فی المنطقة قد دفعت مبلغا كبيرا إلى الحكومة.")).isEqualTo("ar");
  }

  @Test
  void acceptsEnglish() {
    assertThat(lang("The foundation said on Tuesday that it had donated five million dollars to the hospital,"
        + " and its chairman said the gift was part of a wider programme.")).isEqualTo("en");
  }

  @Test
  void skipsFrench() {
    assertThat(lang("La fondation a annoncé mardi un don de cinq millions de dollars pour un hôpital de la ville,"
        + " et le président a dit que ce don est une partie du programme pour la santé.")).isEqualTo("fr");
  }

  @Test
  void skipsSpanish() {
    assertThat(lang("La fundación anunció el martes una donación de cinco millones de dólares para el hospital de"
        + " la ciudad, y su presidente dijo que es parte del programa para la salud.")).isEqualTo("es");
  }

  @Test
  void skipsPersian() {
    assertThat(lang("بنیاد روز سه‌شنبه اعلام کرد که پنج میلیون دلار به بیمارستان شهر اهدا کرده است و رئیس آن"
        + " گفت این کمک بخشی از برنامه برای بهداشت است.")).isEqualTo("fa");
  }

  @Test
  void skipsUrdu() {
    assertThat(lang("فاؤنڈیشن نے منگل کو اعلان کیا کہ اس نے شہر کے ہسپتال کو پچاس لاکھ ڈالر کا عطیہ دیا ہے اور"
        + " یہ صحت کے پروگرام کا حصہ ہے۔")).isEqualTo("ur");
  }

  @Test
  void skipsChinese() {
    LanguageDetector.Result r = LanguageDetector.detect("基金会周二宣布向该市一家医院捐赠五百万美元，董事长表示这笔捐款是支持医疗保健计划的一部分。", null);
    assertThat(r.accepted()).isFalse();
    assertThat(r.lang()).isEqualTo("han");
    assertThat(r.reason()).contains("han script");
  }

  @Test
  void mixedTextGoesByItsMainLanguage() {
    assertThat(lang("قال الرئيس التنفيذي لشركة OpenAI سام ألتمان في مقابلة مع Financial Times إن الشركة"
        + " تلقت تمويلا جديدا بقيمة مليار دولار من Microsoft خلال العام الماضي.")).isEqualTo("ar");
    assertThat(lang("The minister, speaking in Riyadh, said the fund (صندوق الاستثمارات العامة) had paid"
        + " for the new stadium and that the deal was signed last year.")).isEqualTo("en");
    assertThat(lang("Le ministre a dit que « the deal is done » et que le fonds a payé pour le stade"
        + " de la ville, selon une source proche du dossier.")).isEqualTo("fr");
  }

  @Test
  void scrapedCssDoesNotOutvoteAnArabicArticle() {
    String css = " .box_vote { background: -webkit-gradient(linear, left top, left 25, from(#fff), color-stop(4%, #eee));"
        + " border-radius: 5px; padding: 18px; margin-bottom: 10px; overflow: hidden; }";
    assertThat(lang("ينقسم الصائمون من حيث الإفطار في شهر رمضان إلى نوعين، نوع يتناول كل ما لديه في وقت واحد مع"
        + " أذان المغرب، ونوع آخر يبدأ بالتمر والماء ويؤجل باقي الطعام إلى ما بعد الصلاة." + css)).isEqualTo("ar");
  }

  @Test
  void shortTextKeepsItsScriptsLanguageUnlessMarkedOtherwise() {
    assertThat(LanguageDetector.detect("Altman", null).lang()).isEqualTo("en");
    assertThat(LanguageDetector.detect("ألتمان", null).lang()).isEqualTo("ar");
    assertThat(LanguageDetector.detect("Bonjour", "fr").accepted()).isFalse();
    assertThat(LanguageDetector.detect("12345 !!!", null).accepted()).isFalse();
  }
}
