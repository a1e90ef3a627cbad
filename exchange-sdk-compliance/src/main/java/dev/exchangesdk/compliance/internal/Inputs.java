package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.core.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks of caller input, failing with {@link InvalidRequestException} before anything is sent.
 * Stateless and thread-safe.
 */
public final class Inputs {
  private Inputs() {}

  /** A non-blank name or identity without control characters, stripped. */
  public static String name(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(what + " must not be empty");
    }
    String s = value.strip();
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(what + " must not contain control characters");
    }
    return s;
  }

  /** Optional text: {@code null} stays null, otherwise as {@link #name} but blank is allowed. */
  public static String optionalText(String what, String value) {
    if (value == null) {
      return null;
    }
    if (value
        .chars()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      throw new InvalidRequestException(what + " must not contain control characters");
    }
    return value;
  }

  /** A list of names, each checked with {@link #name}; {@code null} elements are refused. */
  public static List<String> names(String what, Collection<String> values) {
    if (values == null) {
      throw new InvalidRequestException(what + " must not be null");
    }
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(name(what + " entry", v));
    }
    return List.copyOf(out);
  }
}
