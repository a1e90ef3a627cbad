package dev.exchangesdk.core.internal.cmdlet;

import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.util.List;
import java.util.Map;

/**
 * One InvokeCommand response: the output objects, the warnings the cmdlet wrote, the link to the
 * next page ({@code null} on the last), and the request id to quote to support.
 *
 * @param objects output objects, annotations and remoting properties removed
 * @param warnings the cmdlet's warnings (already logged and passed to the warning listener)
 * @param nextLink the service's {@code @odata.nextLink}, or {@code null}
 * @param requestId the server's request id, or the {@code client-request-id} sent
 */
public record CmdletPage(
    List<Map<String, Object>> objects,
    List<CmdletWarning> warnings,
    String nextLink,
    String requestId) {

  /** The objects wrapped for typed access. */
  public List<CmdletObject> cmdletObjects() {
    return objects.stream().map(CmdletObject::new).toList();
  }
}
