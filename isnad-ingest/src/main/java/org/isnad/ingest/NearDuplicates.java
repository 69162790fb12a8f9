package org.isnad.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.isnad.text.ar.ArabicNormalizer;

/**
 * Links the same story published by several outlets: MinHash signatures over word shingles
 * (text folded with {@link ArabicNormalizer} and lower-cased), LSH banding to find candidates
 * without comparing every pair, and a check of the estimated Jaccard similarity of the
 * candidates. Edited headlines, reordered paragraphs and an outlet's footer leave most
 * shingles intact, so copies stay above the threshold while different stories share almost none.
 *
 * <p>Use {@link #cluster(List)} for a whole collection, or {@link #index()} while streaming:
 * {@link Index#add} gives each article its cluster id at once. An instance is immutable and
 * thread-safe; an {@link Index} is not.
 */
public final class NearDuplicates {
  /** Words per shingle: three keeps word order without making one edit cost too many shingles. */
  static final int SHINGLE = 3;
  static final int HASHES = 128;
  static final int BANDS = 32; // 4 rows a band: candidates from a Jaccard of about 0.4 up
  /** Texts with fewer shingles than this are never linked: too little text to tell a copy from a cliché. */
  static final int MIN_SHINGLES = 20;

  private final double threshold;
  private final long[] seedsA = new long[HASHES];
  private final long[] seedsB = new long[HASHES];

  /** A group of two or more articles that are near-copies; {@code id} is its first article's id. */
  public record Cluster(String id, List<String> members) {}

  /**
   * @param threshold the estimated Jaccard similarity of shingles from which two articles are
   *     copies of one story; 0.5 is the default
   */
  public NearDuplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    this.threshold = threshold;
    SplittableRandom r = new SplittableRandom(0x15_0AD);
    for (int i = 0; i < HASHES; i++) {
      seedsA[i] = r.nextLong() | 1;
      seedsB[i] = r.nextLong();
    }
  }

  public static NearDuplicates standard() {
    return new NearDuplicates(0.5);
  }

  /** The clusters of two or more near-copies among {@code articles}, in order of first appearance. */
  public List<Cluster> cluster(List<Article> articles) {
    Index index = index();
    for (Article a : articles) {
      index.add(a.id(), a.body());
    }
    return index.clusters();
  }

  public Index index() {
    return new Index();
  }

  /** The MinHash signature of a text, or null when it has too few shingles to compare. */
  public int[] signature(String text) {
    String[] words = ArabicNormalizer.normalize(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>(words.length);
    for (String s : words) {
      if (!s.isEmpty()) {
        w.add(s);
      }
    }
    if (w.size() - SHINGLE + 1 < MIN_SHINGLES) {
      return null;
    }
    int[] sig = new int[HASHES];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= w.size(); i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = h * 1_000_003 + w.get(k).hashCode();
      }
      h = mix(h);
      for (int j = 0; j < HASHES; j++) {
        int v = (int) (mix(h * seedsA[j] + seedsB[j]) >>> 33);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** A signature as text (base64 of its big-endian ints), to be kept in a store; null stays null. */
  public static String encode(int[] signature) {
    if (signature == null) {
      return null;
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(signature.length * 4);
    b.asIntBuffer().put(signature);
    return java.util.Base64.getEncoder().encodeToString(b.array());
  }

  /** The signature {@link #encode} wrote; null for null or for text that is not one (a signature of another size). */
  public static int[] decode(String text) {
    if (text == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (bytes.length != HASHES * 4) {
      return null;
    }
    int[] sig = new int[HASHES];
    java.nio.ByteBuffer.wrap(bytes).asIntBuffer().get(sig);
    return sig;
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Articles seen so far, with their signatures and LSH buckets. Clusters are stars around their
   * first article, whose id is the cluster id: a new article joins the cluster of its most
   * similar earlier article only if it is also close to that cluster's first article. So a chain
   * of small edits cannot glue different stories together, and a cluster id never changes once
   * given. Articles of earlier runs come in by {@link #seed}, with the cluster they were given.
   * Memory: about 1 KB a seeded article (its signature, 32 packed bucket entries, its id), 1.3 KB
   * an added one; seeding 100,000 articles takes about a second.
   */
  public final class Index {
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final BandBuckets buckets = new BandBuckets();
    private final StoredBands stored = new StoredBands();
    private final Map<String, Integer> positions = new HashMap<>();
    private int[] cluster = new int[16];

    private Index() {}

    /**
     * Adds an article and returns its cluster id: its own id when it is a copy of nothing seen
     * so far (or too short to compare), else the id of the first article of its cluster.
     */
    public String add(String id, String text) {
      return add(id, signature(text));
    }

    /**
     * Adds an article by its {@link #signature} (null: too short to compare) and returns its
     * cluster id. An id added before keeps its cluster: adding it again changes nothing.
     */
    public String add(String id, int[] sig) {
      Integer known = positions.get(id);
      if (known != null) {
        return ids.get(cluster[known]);
      }
      int me = append(id, sig);
      if (sig == null) {
        return id;
      }
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      List<double[]> matches = new ArrayList<>(); // {similarity, article}
      java.util.function.IntConsumer compare = other -> {
        if (seen.add(other)) {
          double s = similarity(sig, signatures.get(other));
          if (s >= threshold) {
            matches.add(new double[] {s, other});
          }
        }
      };
      for (long bucket : bands(sig)) {
        stored.forEach(bucket, compare);
        buckets.forEach(bucket, compare);
        if (buckets.count(bucket) < StoredBands.MAX_BUCKET) { // a bucket this full is boilerplate, not a story
          buckets.add(bucket, me);
        }
      }
      // Most similar first; of equals, the earliest article.
      matches.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
      for (double[] m : matches) {
        int root = cluster[(int) m[1]];
        if (root == (int) m[1] || similarity(sig, signatures.get(root)) >= threshold) {
          cluster[me] = root;
          break;
        }
      }
      return ids.get(cluster[me]);
    }

    /**
     * Adds an article of an earlier run with the cluster it was given then (the id of its
     * cluster's first article, seeded before it; its own id when none), without searching: later
     * {@link #add}s find it. Seed articles in the order they were first added.
     */
    public void seed(String id, String clusterId, int[] sig) {
      if (positions.containsKey(id)) {
        return;
      }
      int me = append(id, sig);
      Integer root = clusterId == null ? null : positions.get(clusterId);
      cluster[me] = root == null ? me : cluster[root];
      if (sig != null) {
        for (long bucket : bands(sig)) {
          stored.add(bucket, me);
        }
      }
    }

    private int append(String id, int[] sig) {
      int me = ids.size();
      ids.add(id);
      positions.put(id, me);
      if (me == cluster.length) {
        cluster = Arrays.copyOf(cluster, me * 2);
      }
      cluster[me] = me;
      signatures.add(sig);
      return me;
    }

    /** The LSH bucket of each band of a signature. */
    private long[] bands(int[] sig) {
      int rows = HASHES / BANDS;
      long[] out = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        long key = b;
        for (int r = 0; r < rows; r++) {
          key = key * 0x9E3779B97F4A7C15L + sig[b * rows + r];
        }
        out[b] = mix(key);
      }
      return out;
    }

    /** The cluster id of an article added earlier (by its position of addition, 0-based). */
    public String clusterOf(int position) {
      return ids.get(cluster[position]);
    }

    public int size() {
      return ids.size();
    }

    /** Clusters of two or more articles, in order of their first article. */
    public List<Cluster> clusters() {
      Map<Integer, List<String>> groups = new java.util.TreeMap<>();
      for (int i = 0; i < ids.size(); i++) {
        groups.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(ids.get(i));
      }
      List<Cluster> out = new ArrayList<>();
      groups.forEach((root, members) -> {
        if (members.size() > 1) {
          out.add(new Cluster(ids.get(root), List.copyOf(members)));
        }
      });
      return out;
    }
  }
}
