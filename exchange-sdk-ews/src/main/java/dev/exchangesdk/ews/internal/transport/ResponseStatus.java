package dev.exchangesdk.ews.internal.transport;

import java.util.Map;

/**
 * The status part of one EWS response message: {@code ResponseClass}, {@code m:ResponseCode},
 * {@code m:MessageText} and the name/value pairs of {@code m:MessageXml} (e.g. {@code
 * BackOffMilliseconds}, {@code InnerErrorResponseCode}).
 *
 * @param responseClass {@code Success}, {@code Warning} or {@code Error} (others kept as sent)
 * @param code the response code, {@code NoError} on success
 * @param messageText the server's explanation, or {@code null}
 * @param messageXml name/value details in document order (empty when none)
 */
public record ResponseStatus(
    String responseClass, String code, String messageText, Map<String, String> messageXml) {

  public ResponseStatus {
    messageXml = Map.copyOf(messageXml);
  }

  public boolean isError() {
    return "Error".equals(responseClass)
        || (code != null && !"NoError".equals(code) && !"Warning".equals(responseClass));
  }
}
