package org.dossier.extract.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;

/**
 * The boilerplate patterns of {@code boilerplate.txt}: which class and id parts mark chrome or content,
 * which ARIA roles mark chrome, and which whole paragraphs are boilerplate. Immutable and thread-safe.
 */
final class Patterns {
  private static final String RESOURCE = "boilerplate.txt";
  private static final Pattern TOKEN_SPLIT = Pattern.compile("\\s+");
  private static final Pattern PART_SPLIT = Pattern.compile("[_\\-:.]+|(?<=[a-z])(?=[A-Z])");

  /** What a class/id part says about an element. */
  enum Verdict { NEUTRAL, CONTENT, WEAK_CHROME, CHROME }

  /** Class strings repeat across elements and pages, so verdicts are cached (bounded, cleared when full). */
  private static final int MAX_CACHED_VERDICTS = 50_000;

  private static final Patterns STANDARD = load();

  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

  private final Pattern chromePart;
  private final Pattern weakPart;
  private final Pattern contentPart;
  private final Pattern ignoredClass;
  private final Pattern chromeRole;
  private final Pattern chromeText;
  private final Pattern chromeHeading;

  private Patterns(Map<String, Pattern> sections) {
    chromePart = sections.get("chrome-part");
    weakPart = sections.get("weak-part");
    contentPart = sections.get("content-part");
    ignoredClass = sections.get("ignored-class");
    chromeRole = sections.get("chrome-role");
    chromeText = sections.get("chrome-text");
    chromeHeading = sections.get("chrome-heading");
  }

  static Patterns standard() {
    return STANDARD;
  }

  /**
   * Splits a class or id value into lower-case parts ("relatedArticles" gives related, articles),
   * skipping utility-class tokens that say nothing about the content.
   */
  List<String> parts(String value) {
    List<String> out = new ArrayList<>();
    for (String token : TOKEN_SPLIT.split(value)) {
      if (token.isEmpty() || isUtilityClass(token)) continue;
      for (String p : PART_SPLIT.split(token)) {
        if (!p.isEmpty()) out.add(p.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** True for a class token of a CSS framework that says nothing about the content ("md:hidden"). */
  boolean isUtilityClass(String token) {
    return ignoredClass.matcher(token).matches();
  }

  /** The verdict on one attribute value: chrome beats content, content beats weak chrome. */
  Verdict judge(String value) {
    if (value == null || value.isEmpty()) return Verdict.NEUTRAL;
    Verdict known = verdicts.get(value);
    if (known != null) return known;
    Verdict v = judgeParts(value);
    if (verdicts.size() >= MAX_CACHED_VERDICTS) verdicts.clear();
    verdicts.put(value, v);
    return v;
  }

  private Verdict judgeParts(String value) {
    boolean content = false;
    boolean weak = false;
    List<String> parts = parts(value);
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      if (chromePart.matcher(p).matches()) return Verdict.CHROME;
      // "author-box" and "share-bar" mean what "authorbox" and "sharebar" mean
      if (i + 1 < parts.size() && chromePart.matcher(p + parts.get(i + 1)).matches()) return Verdict.CHROME;
      if (contentPart.matcher(p).matches()) content = true;
      else if (weakPart.matcher(p).matches()) weak = true;
    }
    if (content) return Verdict.CONTENT;
    return weak ? Verdict.WEAK_CHROME : Verdict.NEUTRAL;
  }

  /** The verdict on an element's class and id together. */
  Verdict judge(Element e) {
    Verdict c = judge(e.className());
    Verdict i = judge(e.id());
    return c.compareTo(i) >= 0 ? c : i;
  }

  /** Readability-style weight: + for content-looking class and id, - for chrome-looking ones. */
  int weight(Element e) {
    return weightOf(judge(e.className())) + weightOf(judge(e.id()));
  }

  private static int weightOf(Verdict v) {
    return switch (v) {
      case CONTENT -> Heuristics.CLASS_WEIGHT;
      case CHROME, WEAK_CHROME -> -Heuristics.CLASS_WEIGHT;
      case NEUTRAL -> 0;
    };
  }

  boolean isChromeRole(String role) {
    return role != null && !role.isEmpty() && chromeRole.matcher(role.strip()).matches();
  }

  /** True when the whole paragraph is boilerplate (a cookie notice, a share prompt, a credit line...). */
  boolean isChromeText(String paragraph) {
    return chromeText.matcher(paragraph.strip()).matches();
  }

  /** True when a heading opens a chrome section ("Related articles", "About the author", "Comments"). */
  boolean isChromeHeading(String heading) {
    return chromeHeading.matcher(heading.strip()).matches();
  }

  private static Patterns load() {
    try (InputStream in = Patterns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " missing next to Patterns");
      return new Patterns(compile(read(in)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + RESOURCE, e);
    }
  }

  private static Map<String, List<String>> read(InputStream in) throws IOException {
    Map<String, List<String>> sections = new HashMap<>();
    List<String> current = null;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) continue;
      if (s.startsWith("[") && s.endsWith("]")) {
        current = sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(RESOURCE + ": pattern before any [section]: " + s);
      } else {
        current.add(s);
      }
    }
    return sections;
  }

  private static Map<String, Pattern> compile(Map<String, List<String>> sections) {
    Map<String, Pattern> out = new HashMap<>();
    for (String name : List.of("chrome-part", "weak-part", "content-part", "ignored-class", "chrome-role",
        "chrome-heading", "chrome-text")) {
      List<String> lines = sections.get(name);
      if (lines == null || lines.isEmpty()) {
        throw new IllegalStateException(RESOURCE + ": section [" + name + "] missing or empty");
      }
      String joined = "(?:" + String.join(")|(?:", lines) + ")";
      try {
        out.put(name, Pattern.compile(joined, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException(RESOURCE + ": bad pattern in [" + name + "]: " + e.getDescription(), e);
      }
    }
    return out;
  }
}
