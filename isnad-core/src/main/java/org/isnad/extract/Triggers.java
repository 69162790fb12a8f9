package org.isnad.extract;

/**
 * Trigger lexicons per fact type, folded Arabic and English, with their common inflections.
 * A word ending in * covers its inflections (تبرع* → تبرعت، تبرعات).
 */
final class Triggers {
  private Triggers() {}

  static final Phrases MONEY = new Phrases()
      .add("donation", "تبرع*", "يتبرع*", "تتبرع*", "سيتبرع*", "التبرع*", "تبرعات*", "ساهم*", "يساهم*", "تساهم*",
          "مساهم*", "المساهم*", "قدم تبرع*", "منحه", "منح*", "يمنح*", "دعم مالي", "انفق*", "ينفق*", "انفاق*", "جمع*",
          "donat*", "contribut*", "gave", "give", "gives", "giving", "spent", "spend", "spending", "raised", "raise",
          "raising", "chipped in", "funneled", "poured", "plowed", "pumped", "injected", "backed", "pledged to the",
          "bankroll*", "تعهد", "تعهدت", "تعهدا", "تعهدوا", "قدم", "قدمت", "قدما", "قدموا", "يقدم", "تقدم", "تقديم", "تلقي", "تلقت", "يتلقي", "تتلقي", "received", "receives", "followed with", "followed closely with", "trailed with", "تلتها ب*", "تلاها ب*", "يليها ب*")
      .add("payment", "دفع*", "يدفع*", "تدفع*", "سدد*", "يسدد*", "تسويه", "التسويه", "رسوم", "رشوه", "رشاوي",
          "مدفوعات", "تعويض*", "paid", "pay", "pays", "paying", "payment*", "settle*", "fee", "fees", "bribe*",
          "lobbying", "compensation")
      .add("investment", "استثمر*", "يستثمر*", "تستثمر*", "استثمار*", "الاستثمار*", "باستثمار*", "اقتناء اسهم", "باقتناء اسهم",
          "لاقتناء اسهم", "ضخ", "يضخ", "تضخ",
          "invest", "invests", "invested", "investing", "investment", "investments", "stake in", "funding round",
          "financing")
      .add("acquisition", "استحوذ*", "يستحوذ*", "تستحوذ*", "الاستحواذ*", "استحواذ*", "شراء", "لشراء", "اشتري",
          "اشترت", "يشتري", "تشتري", "بشراء", "صفقه شراء", "صفقه الاستحواذ", "acquir*", "bought", "buy", "buys",
          "buying", "purchase*", "takeover", "took over", "merger", "sale of", "sell", "sells", "sold", "selling",
          "بيع", "لبيع", "ببيع", "باع", "باعت", "يبيع", "تبيع")
      .add("contract", "عقد", "عقدا", "عقود", "العقد", "بعقد", "عقودا", "مناقصه", "بمناقصه", "المناقصه", "التعاقد",
          "contract", "contracts", "contracted", "tender", "اسندت الي", "اسند الي")
      .add("gift", "هديه", "هدايا", "اهدي", "اهدت", "يهدي", "تهدي", "اهداء", "باهداء", "gift", "gifts", "gifted", "presented")
      .add("sanction", "عقوبات", "العقوبات", "عقوبه", "غرامه", "غرامات", "بغرامه", "غرم*", "تغريم", "بتغريم",
          "بالسجن", "بسجن", "بحبس", "بالحبس", "احاله", "باحاله", "احال", "احالت", "sentenced", "jailed",
          "sanction*", "fined",
          "fine", "fines", "penalty", "penalties");

  static final Phrases NO_COMMENT = new Phrases()
      .add("no_comment", "لم يستجب", "لم تستجب", "لم يرد", "لم ترد", "لم يردوا", "لم يعلق", "لم تعلق", "رفض التعليق",
          "رفضت التعليق", "امتنع عن التعليق", "امتنعت عن التعليق", "لم يتسن الوصول", "لم يتسن التواصل",
          "لم يتسن الحصول علي تعليق", "تعذر الحصول علي تعليق", "لم يتسن الاتصال", "لم يتسن لنا الحصول علي تعليق", "لم يتسن", "بالرد علي طلب للتعليق", "بالرد علي طلب التعليق",
          "بالرد علي طلبات التعليق",
          "would not comment", "had no immediate comment", "had no comment", "did not comment",
          "did not respond", "didn't respond", "did not immediately respond", "didn't immediately respond",
          "declined to comment", "declined comment", "declined a request for comment", "declined requests for comment", "did not return", "didn't return",
          "did not reply", "could not be reached", "no comment", "refused to comment", "not respond");

  static final Phrases RELATION = new Phrases()
      .add("meeting", "التقي", "التقت", "يلتقي", "تلتقي", "لقاء", "اللقاء", "لقاءه", "لقاءها", "لقايه", "لقاءهم", "اجتمع", "اجتمعت", "اجتمعوا", "اجتمعا",
          "يجتمع", "تجتمع", "سيجتمع", "ستجتمع", "استقبل", "استقبلت", "يستقبل", "تستقبل", "سيستقبل", "اجتماع", "اجتماعا", "اجتماعات", "الاجتماع", "الاجتماعات", "زار", "زارت", "يزور", "زياره", "عشاء", "تناول العشاء", "met", "meet", "meets", "meeting",
          "dined", "dinner with", "visited", "sat down with", "hosted", "مؤتمر صحفي مع", "مؤتمر صحافي مع", "مباحثات", "محادثات", "talks with", "held talks",
          "مؤتمر صحفي مشترك مع", "مؤتمر صحافي مشترك مع", "press conference with", "joint press conference with")
      .add("accusation", "اتهم*", "يتهم*", "تتهم*", "اتهام*", "الاتهام*", "اتهامات", "ادعاءات", "متهما", "متهمه", "accus*", "alleg*", "charged", "indicted", "تهم", "تهما", "التهم",
          "charged that", "blamed")
      .add("dispute", "دعوي", "دعوي قضائيه", "الدعوي", "قاضي", "قاضت", "يقاضي", "تقاضي", "مقاضاه", "نزاع*",
          "تشاجر*", "شجار", "الشجار", "مشاجره", "توتر*", "التوتر*",
          "خلاف*", "اشتبك*", "اشتباك", "خصومه", "معركه", "عداء", "انتقد*", "ينتقد*", "تنتقد*", "انتقاد*", "هاجم*",
          "تحكيم", "التحكيم", "تحكيما", "طلب تحكيم", "طعن", "طعنا", "شكوي", "تظلم", "تظلما",
          "sued", "sue", "sues", "suing", "lawsuit*", "arbitration", "complaint", "grievance", "feud*", "clash*", "dispute*", "battle*", "fight*", "criticiz*",
          "attacked", "rift", "spat")
      .add("competition", "منافس*", "المنافس*", "تنافس*", "يتنافس*", "تتنافس*", "منافسه", "rival*", "compet*")
      .add("policy", "الغاء", "لالغاء", "الغي", "يلغي", "سن", "فرض", "حظر", "يحظر", "قانون", "امر تنفيذي", "الامر التنفيذي",
          "سياسه", "سياسات", "كلف", "كلفت", "اقال", "اقالت", "يقيل", "repeal*", "ban", "banned", "executive order",
          "policy", "regulation*", "tariff*", "fired", "ordered")
      .add("measure", "مرسوم", "مرسوما", "المرسوم", "مشروع مرسوم", "تعليق استيراد", "وقف استيراد", "منع استيراد",
          "حظر استيراد", "اعفاء", "باعفاء", "decree", "moratorium", "decision to", "decided to", "exempt", "exempts",
          "exempted", "suspend", "suspended", "suspends")
      .add("ownership", "يملك*", "تملك*", "يمتلك*", "تمتلك*", "امتلك*", "المملوك*", "مملوك*", "مالك", "مالكه",
          "يحتفظ*", "تحتفظ*", "احتفظ*", "ستحتفظ*", "سيحتفظ*", "الشركه الام", "شركه الام", "الشركه الام ل*", "تابع*", "التابع*", "own", "owns", "owned", "owner",
          "parent company", "subsidiary", "unit of", "division of")
      .add("belongs", "تعود ملكي*", "يعود ملكي*", "تؤول ملكي*", "تعود حصه", "تعود حصص", "تعود نسبه", "يعود نصيب")
      .add("arm", "الذراع", "ذراع")
      .add("his_company", "وشركته", "وشركتها", "and his company", "and her company", "and his firm", "and her firm")
      .add("holding", "مساهمته في", "مساهمتها في", "مساهمتهم في", "حصته في", "حصتها في", "حصتهم في", "stake in",
          "holding in")
      .add("control", "يسيطر*", "تسيطر*", "سيطر*", "holds", "held", "controls", "controlled");
}
