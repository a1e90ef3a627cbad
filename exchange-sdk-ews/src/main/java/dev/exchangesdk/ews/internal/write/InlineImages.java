package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@code <img src="data:image/...;base64,...">} in an HTML body into inline attachments: each
 * image gets the content id {@code image{i}@{8 hex}_{8 hex}} (as the pack names them) and its
 * {@code src} becomes {@code cid:} that id. Mail clients block or drop {@code data:} URLs; inline
 * attachments show everywhere. Stateless and thread-safe.
 */
public final class InlineImages {
  private static final Pattern DATA_IMAGE =
      Pattern.compile(
          "(<img\\b[^>]*?\\bsrc\\s*=\\s*)([\"'])data:(image/[a-z0-9.+-]+);base64,([^\"'>]*+)\\2",
          Pattern.CASE_INSENSITIVE);

  private InlineImages() {}

  /**
   * The HTML with its {@code data:} images replaced by {@code cid:} references, and the images.
   *
   * @param images inline attachments, in order of appearance
   * @param contentIds their content ids, in the same order
   */
  public record Converted(String html, List<OutgoingAttachment> images, List<String> contentIds) {}

  /**
   * @throws InvalidRequestException when an image's base64 is not valid
   */
  public static Converted convert(String html, Random random) {
    Matcher m = DATA_IMAGE.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    List<OutgoingAttachment> images = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int i = 0;
    while (m.find()) {
      String mediaType = m.group(3).toLowerCase(Locale.ROOT);
      byte[] content;
      try {
        content = Base64.getDecoder().decode(m.group(4).replaceAll("\\s+", ""));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            "Inline image " + i + " of the HTML body is not valid base64: " + e.getMessage());
      }
      String cid = String.format("image%d@%08x_%08x", i, random.nextInt(), random.nextInt());
      images.add(
          OutgoingAttachment.of("image" + i + "." + extension(mediaType), content)
              .withContentType(mediaType)
              .inline(cid));
      ids.add(cid);
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "cid:" + cid + m.group(2)));
      i++;
    }
    m.appendTail(out);
    return new Converted(i == 0 ? html : out.toString(), images, ids);
  }

  private static String extension(String mediaType) {
    String sub = mediaType.substring(mediaType.indexOf('/') + 1);
    switch (sub) {
      case "jpeg":
        return "jpg";
      case "svg+xml":
        return "svg";
      default:
        return sub.replaceAll("[^a-z0-9]", "");
    }
  }
}
