package org.isnad.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines are not the article's own words: links to other stories, photo credits,
 * newsletter prompts, bylines and "originally appeared in" notes. Rules see the line folded
 * (Arabic letters folded, lower case), so "اقرأ أيضاً" and "إقرأ ايضا" are the same line.
 */
final class BodyLines {
  /** Line openings, folded. A phrase must end at a word boundary. */
  private static final List<String> OPENINGS = List.of(
      "اقرا المزيد", "اقرا ايضا", "اقرا كذلك", "اقرا:", "اقرا ايضا:", "شاهد ايضا", "شاهد:", "شاهد الفيديو",
      "شاهد بالفيديو", "للمزيد", "مواضيع ذات صله", "موضوعات ذات صله", "اخبار ذات صله", "ذات صله", "تصوير:",
      "مصدر الصوره", "حقوق الصوره", "صوره:", "الصوره:", "بقلم", "قم بالتسجيل", "سجل في النشره",
      "اشترك في", "اشترك الان", "تابعونا", "لمتابعه اخر", "ظهرت هذه القصه", "نشرت هذه القصه", "نشر هذا المقال",
      "read more", "read also", "also read", "more:", "related:", "related stories", "related articles",
      "related coverage", "related content", "see also", "watch:", "watch more", "watch the video", "watch video",
      "photo:", "photos:", "photograph:", "photo by", "photo credit", "image:", "image source", "image credit",
      "picture:", "pictured:", "credit:", "getty images", "ap photo", "sign up", "subscribe", "follow us",
      "click here", "this story originally", "this article originally", "this story was originally",
      "this article was originally", "this story first appeared", "this article first appeared");
  private static final Pattern OPENING = Pattern.compile("^[(\\[•*\\-–—\\s]*(" + String.join("|",
      OPENINGS.stream().map(Pattern::quote).toList()) + ")(?=$|[^\\p{L}\\p{N}])");
  /** A byline: "By Jane Smith" or "كتب- محمد علي", a few words and no stop. */
  private static final Pattern BYLINE = Pattern.compile("^by(\\s+[\\p{L}.'-]+){1,4}$"
      + "|^(كتب|كتبت|بقلم|اعداد|تقرير|متابعه|تحرير)\\s*[:\\-–—]\\s*\\p{L}+(\\s+\\p{L}+){0,4}$");
  /** Words that make a bracketed group at the end of a caption a photo credit. */
  private static final Pattern CREDIT_WORD = Pattern.compile(
      "(?<!\\p{L})(getty|reuters|ap photo|afp|epa|bloomberg|shutterstock|photo|تصوير|رويترز|اسوشيتد برس"
          + "|فرانس برس|ا ف ب|غيتي|جيتي|الاناضول)(?!\\p{L})");
  private static final Pattern SPACED_SLASH = Pattern.compile("\\S\\s+/\\s+\\S|\\S\\s*/\\s*(ap|afp|epa)\\b");

  private BodyLines() {}

  /** Whether a whole line is page furniture rather than the article's text. */
  static boolean isNonBody(String line) {
    String folded = SentenceSplitter.fold(line);
    return OPENING.matcher(folded).find() || BYLINE.matcher(folded).matches() && !line.contains(",");
  }

  /**
   * Whether a bracketed group ending a caption, such as "(سامي برهوم / وكالة الأنباء)" or
   * "(Photo by Jane Doe/Getty Images)", is a photo credit. A slash with spaces around it
   * separates photographer and agency; a bare slash ("يوليو/تموز") does not count.
   */
  static boolean isCredit(String group, int words) {
    if (words == 0 || words > 12) {
      return false;
    }
    String folded = SentenceSplitter.fold(group);
    return CREDIT_WORD.matcher(folded).find() || words <= 8 && SPACED_SLASH.matcher(folded).find();
  }
}
