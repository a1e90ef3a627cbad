package dev.exchangesdk.examples.support;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.ExchangeException;
import java.util.ArrayList;
import java.util.List;

/** Turns a failure into the one line a command prints before it exits non-zero. */
public final class Errors {
  private Errors() {}

  /**
   * {@code error: AuthenticationException: <message> [status 401, code AADSTS700027, request id
   * ...] hint: ...}: the SDK's message, the codes support asks for, and what to do when the SDK
   * knows it.
   */
  public static String oneLine(Throwable failure) {
    StringBuilder s = new StringBuilder("error: ");
    if (failure instanceof UsageException) {
      return s.append(flat(failure.getMessage())).toString();
    }
    if (!(failure instanceof ExchangeException e)) {
      String message = failure.getMessage() == null ? "" : ": " + flat(failure.getMessage());
      return s.append(failure.getClass().getSimpleName()).append(message).toString();
    }
    s.append(e.getClass().getSimpleName()).append(": ").append(flat(e.getMessage()));
    List<String> details = new ArrayList<>();
    if (e.statusCode() != 0) {
      details.add("status " + e.statusCode());
    }
    if (e.errorCode() != null) {
      details.add("code " + e.errorCode());
    }
    if (e instanceof CertificateLoadException c) {
      details.add("reason " + c.reason());
    }
    if (e.requestId() != null) {
      details.add("request id " + e.requestId());
    }
    if (!details.isEmpty()) {
      s.append(" [").append(String.join(", ", details)).append(']');
    }
    String advice = null;
    if (e instanceof AuthenticationException a) {
      advice = a.hint();
    } else if (e instanceof AccessDeniedException d) {
      advice = d.missingPermission() == null ? null : "missing: " + d.missingPermission();
    }
    if (advice != null && !e.getMessage().contains(advice)) {
      s.append(" hint: ").append(flat(advice));
    }
    return s.toString();
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
