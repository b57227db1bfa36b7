package no.helsebro.platform.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns what a member wrote (CommonMark with tables, strikethrough and autolinks) into HTML that is
 * safe to show as it is. Used when text is saved, never when it is read: the result is stored.
 *
 * <p>Safety comes in three layers: raw HTML in the Markdown is escaped (shown as text); the
 * rendered HTML is cleaned against an allow-list of elements, attributes and URL protocols (http,
 * https, mailto and relative links); and nothing that loads remote content survives — images become
 * ordinary links the reader may choose to follow. Headings are moved down to levels 3–6 so a post
 * never competes with the page's own headings. Links get {@code rel="nofollow noopener noreferrer
 * ugc"}.
 *
 * <p>A link written as {@code [@Name](/members/123)} is a mention of member 123: it is marked with
 * the class {@code hb-mention} and reported in {@link Rendered#mentionedMemberIds()}.
 *
 * <p>Plain Java and thread-safe.
 */
public final class MarkdownRenderer {

  // Parsed once: jsoup parses a selector string on every select() call.
  private static final Evaluator IMAGES = QueryParser.parse("img");
  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
  private static final Evaluator ANCHORS = QueryParser.parse("a");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .softbreak("<br>")
          .build();

  /** A base only used to decide whether relative links are allowed; it never appears in output. */
  private static final String BASE = "https://helsebro.invalid/";

  private static final Safelist SAFELIST =
      new Safelist()
          .addTags(
              "p",
              "br",
              "strong",
              "em",
              "del",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "h3",
              "h4",
              "h5",
              "h6",
              "hr",
              "a",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .addAttributes("a", "href", "title")
          .addAttributes("ol", "start")
          .addAttributes("th", "align")
          .addAttributes("td", "align")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer ugc")
          .preserveRelativeLinks(true);

  private static final Pattern MEMBER_LINK = Pattern.compile("^/members/([0-9]{1,18})$");

  /** Characters that reorder text visually (used to disguise links and file names). */
  private static final Pattern BIDI_OVERRIDES = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  private MarkdownRenderer() {}

  /**
   * The result of rendering.
   *
   * @param html safe HTML to store and show
   * @param linkCount links to other sites (for the rate limits of new members)
   * @param mentionedMemberIds members mentioned with {@code [@Name](/members/id)}, in order
   */
  public record Rendered(String html, int linkCount, Set<Long> mentionedMemberIds) {}

  public static Rendered render(String markdown) {
    String source = markdown == null ? "" : BIDI_OVERRIDES.matcher(markdown).replaceAll("");
    String unsafe = RENDERER.render(PARSER.parse(source));

    Document dirty = Jsoup.parseBodyFragment(unsafe, BASE);
    for (Element img : dirty.select(IMAGES)) {
      // Never load a remote image: show a link the reader may follow instead.
      String alt = img.attr("alt");
      String src = img.attr("src");
      Element link = new Element("a").attr("href", src);
      link.text(alt.isBlank() ? src : alt);
      img.replaceWith(link);
    }
    for (Element heading : dirty.select(HEADINGS)) {
      int level = heading.tagName().charAt(1) - '0';
      heading.tagName("h" + Math.min(6, level + 2));
    }

    Document clean = new Cleaner(SAFELIST).clean(dirty);
    clean.outputSettings().prettyPrint(false);

    for (Element a : clean.select(ANCHORS)) {
      if (a.attr("href").isBlank()) {
        a.unwrap(); // its address was unsafe and removed: keep the text only
      }
    }
    int links = 0;
    Set<Long> mentions = new LinkedHashSet<>();
    for (Element a : clean.select(LINKS)) {
      String href = a.attr("href");
      Matcher member = MEMBER_LINK.matcher(href);
      if (member.matches() && a.text().startsWith("@")) {
        a.addClass("hb-mention");
        a.removeAttr("rel");
        mentions.add(Long.parseLong(member.group(1)));
      } else if (leadsElsewhere(href)) {
        links++;
      }
      if (a.text().isBlank()) {
        a.text(href);
      }
    }
    return new Rendered(clean.body().html(), links, mentions);
  }

  /**
   * Whether a link in the rendered HTML leads to another site, as a browser reads it: any scheme
   * but mailto, in any case ({@code HTTPS://}), and protocol-relative addresses ({@code //host},
   * also written with backslashes, which browsers read as slashes). Links within Helsebro ({@code
   * /forum/t/12}, {@code t/12}) do not count.
   */
  static boolean leadsElsewhere(String href) {
    String h = href.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
    if (h.startsWith("//")) {
      return true;
    }
    Matcher scheme = SCHEME.matcher(h);
    return scheme.lookingAt() && !scheme.group(1).equals("mailto");
  }

  private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):");

  /**
   * Plain text of HTML this renderer made (for excerpts), cut at a word within {@code maxLength}.
   */
  public static String plainText(String html, int maxLength) {
    String text = HtmlText.of(html);
    if (text.length() <= maxLength) {
      return text;
    }
    int cut = text.lastIndexOf(' ', maxLength - 1);
    return text.substring(0, cut > maxLength / 2 ? cut : maxLength - 1) + "…";
  }
}
