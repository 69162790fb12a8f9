package org.isnad.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into a {@link Document}'s original text.
 * Code-point offsets, which the output contract uses, come from {@link Document#codePointOffset(int)}.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
