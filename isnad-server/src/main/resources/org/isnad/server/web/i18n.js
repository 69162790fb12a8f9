// UI strings in Arabic and English, and the page direction that goes with each.
const STRINGS = {
  en: {
    title: 'isnad', search: 'Search', searchPlaceholder: 'A person, company or fund, in Arabic or English',
    documents: 'Articles', add: 'Add an article', switchTo: 'العربية', loading: 'Loading…',
    homeIntro: 'Sourced facts of money and influence from Arabic and English news. Every fact keeps the sentence it comes from.',
    recent: 'Latest articles', noResults: 'No entity has that name.', results: 'Entities named “{0}”',
    articles: '{0} articles', article: '1 article', facts: '{0} facts', alsoKnownAs: 'Also known as',
    briefing: 'Briefing', money: 'Money in and out', factsByType: 'Facts by type', timeline: 'Timeline',
    graph: 'Neighbourhood', sources: 'Sources', noFacts: 'No facts stored.', more: '… and {0} more',
    totals: 'Totals', direction: 'Direction', out: 'out', in: 'in', counterparty: 'Counterparty', type: 'Type',
    amount: 'Amount', currency: 'Currency', status: 'Status', date: 'Date', noMoney: 'No money facts.',
    totalOut: 'Total out', totalIn: 'Total in', undated: 'undated', byStatus: 'by status',
    text: 'Text', factsHere: 'Facts in this article', entitiesHere: 'Names in this article', source: 'Source',
    published: 'Published', outlet: 'Outlet', conflicts: 'reports differ', notFound: 'Not found.',
    addIntro: 'Paste an article. It is read, its language detected, and its facts extracted and stored, as isnad ingest does.',
    articleText: 'Article text', articleTitle: 'Title', articleDate: 'Date (YYYY-MM-DD)', articleOutlet: 'Outlet',
    articleUrl: 'Address (URL)', token: 'Token (if the server has one)', submit: 'Add', sending: 'Extracting…',
    added: 'Stored: {0} facts.', unchanged: 'This article was already stored.', error: 'Error: {0}',
    legend: 'Edges', evidenceOf: 'Evidence of', openEntity: 'Open', graphNote: 'Edges are facts between two entities; arrows point from giver to receiver.',
  },
  ar: {
    title: 'إسناد', search: 'بحث', searchPlaceholder: 'شخص أو شركة أو صندوق، بالعربية أو الإنجليزية',
    documents: 'المقالات', add: 'إضافة مقال', switchTo: 'English', loading: 'جارٍ التحميل…',
    homeIntro: 'وقائع المال والنفوذ من الأخبار العربية والإنجليزية، وكل واقعة بمصدرها والجملة التي وردت فيها.',
    recent: 'أحدث المقالات', noResults: 'لا كيان بهذا الاسم.', results: 'الكيانات باسم «{0}»',
    articles: '{0} مقالات', article: 'مقال واحد', facts: '{0} وقائع', alsoKnownAs: 'يُعرف أيضاً بـ',
    briefing: 'الملخص', money: 'الأموال الواردة والصادرة', factsByType: 'الوقائع حسب النوع', timeline: 'التسلسل الزمني',
    graph: 'شبكة العلاقات', sources: 'المصادر', noFacts: 'لا وقائع مسجلة.', more: '… و{0} أخرى',
    totals: 'المجاميع', direction: 'الاتجاه', out: 'صادر', in: 'وارد', counterparty: 'الطرف الآخر', type: 'النوع',
    amount: 'المبلغ', currency: 'العملة', status: 'الحالة', date: 'التاريخ', noMoney: 'لا وقائع مالية.',
    totalOut: 'مجموع الصادر', totalIn: 'مجموع الوارد', undated: 'بلا تاريخ', byStatus: 'حسب الحالة',
    text: 'النص', factsHere: 'الوقائع في هذا المقال', entitiesHere: 'الأسماء في هذا المقال', source: 'المصدر',
    published: 'تاريخ النشر', outlet: 'الناشر', conflicts: 'الروايات مختلفة', notFound: 'غير موجود.',
    addIntro: 'الصق نص مقال، فيُقرأ ويُكشف عن لغته وتُستخرج وقائعه وتُحفظ كما يفعل isnad ingest.',
    articleText: 'نص المقال', articleTitle: 'العنوان', articleDate: 'التاريخ (YYYY-MM-DD)', articleOutlet: 'الناشر',
    articleUrl: 'الرابط', token: 'الرمز (إن كان للخادم رمز)', submit: 'إضافة', sending: 'جارٍ الاستخراج…',
    added: 'حُفظ المقال: {0} وقائع.', unchanged: 'المقال محفوظ من قبل.', error: 'خطأ: {0}',
    legend: 'الروابط', evidenceOf: 'دليل على', openEntity: 'فتح', graphNote: 'كل رابط واقعة بين كيانين؛ السهم من المانح إلى المتلقي.',
  },
};

const TYPES = {
  donation: ['donation', 'تبرع'], payment: ['payment', 'دفع'], investment: ['investment', 'استثمار'],
  acquisition: ['acquisition', 'استحواذ'], contract: ['contract', 'عقد'], gift: ['gift', 'هدية'],
  sanction: ['sanction', 'عقوبة'], statement: ['statement', 'تصريح'], meeting: ['meeting', 'لقاء'],
  role: ['role', 'منصب'], ownership: ['ownership', 'ملكية'], accusation: ['accusation', 'اتهام'],
  dispute: ['dispute', 'نزاع'], competition: ['competition', 'تنافس'], policy: ['policy', 'إجراء'],
  no_comment: ['no comment', 'لا تعليق'],
  person: ['person', 'شخص'], organization: ['organization', 'مؤسسة'], place: ['place', 'مكان'], other: ['other', 'كيان'],
  occurred: ['occurred', 'تم'], planned: ['planned', 'مخطط له'], expected: ['expected', 'متوقع'],
  not_occurred: ['did not happen', 'لم يحدث'], ongoing: ['ongoing', 'جارٍ'], unknown: ['unknown', 'غير معروف'],
  asserted: ['stated in the article', 'بحسب المقال'], confirmed: ['confirmed', 'مؤكد'], reported: ['reported', 'بحسب تقارير'],
  claimed: ['claimed', 'ادعاء'], denied: ['denied', 'منفي'],
};

/** The sections of a briefing (the brief's group keys). */
const GROUPS = {
  money_out: ['Money out', 'أموال صادرة'], money_in: ['Money in', 'أموال واردة'], statements: ['Statements', 'تصريحات'],
  meetings: ['Meetings', 'لقاءات'], roles: ['Roles', 'مناصب'], ownership: ['Ownership', 'ملكية'],
  disputes_and_sanctions: ['Disputes and sanctions', 'نزاعات وعقوبات'], accusations: ['Accusations', 'اتهامات'],
  other: ['Other', 'أخرى'],
};

const KEY = 'isnad.lang';

export function lang() {
  const stored = localStorage.getItem(KEY);
  if (stored === 'ar' || stored === 'en') return stored;
  return (navigator.language || '').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function setLang(l) {
  localStorage.setItem(KEY, l === 'ar' ? 'ar' : 'en');
  applyLang();
}

/** Sets the page's language and direction: Arabic right to left, English left to right. */
export function applyLang() {
  const l = lang();
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
  document.title = STRINGS[l].title;
}

/** A UI string, with {0}, {1} filled in. */
export function t(key, ...args) {
  const s = STRINGS[lang()][key] ?? STRINGS.en[key] ?? key;
  return s.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)] ?? ''));
}

/** A fact type, entity type, status or briefing section in the UI's language. */
export function term(key) {
  const w = TYPES[key];
  return w ? w[lang() === 'ar' ? 1 : 0] : String(key ?? '');
}

/** A briefing section's heading. */
export function groupName(key) {
  const w = GROUPS[key];
  return w ? w[lang() === 'ar' ? 1 : 0] : String(key);
}

/** Numbers as the UI's language writes them. */
export function num(n, digits = 2) {
  return new Intl.NumberFormat(lang() === 'ar' ? 'ar' : 'en', {maximumFractionDigits: digits}).format(n);
}

export function count(n) {
  return n === 1 ? t('article') : t('articles', num(n, 0));
}

export const ALL_KEYS = () => Object.keys(STRINGS.en);
export const HAS = (l, k) => Object.prototype.hasOwnProperty.call(STRINGS[l], k);
