package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The few shapes of call the operation groups make, so each group only builds requests. */
public final class Cmdlets {
  private Cmdlets() {}

  /** A write without output: its warnings. */
  public static AdminResult<Void> write(CmdletTransport transport, CmdletRequest request) {
    return new AdminResult<>(null, transport.invokeAll(request).warnings());
  }

  /** A write that returns objects: them, mapped, and its warnings. */
  public static <T> AdminResult<List<T>> writeReturning(
      CmdletTransport transport, CmdletRequest request, Function<CmdletObject, T> mapper) {
    CmdletResult result = transport.invokeAll(request);
    return new AdminResult<>(map(result, mapper), result.warnings());
  }

  /**
   * Every object of a (small) read, mapped, with the warnings of every page (they also went to the
   * listener and the log).
   */
  public static <T> AdminResult<List<T>> readAll(
      CmdletTransport transport, CmdletRequest request, Function<CmdletObject, T> mapper) {
    CmdletResult result = transport.invokeAll(request);
    return new AdminResult<>(map(result, mapper), result.warnings());
  }

  /** The one object a read by identity returns; {@link NotFoundException} when there is none. */
  public static <T> T readOne(
      CmdletTransport transport,
      CmdletRequest request,
      Function<CmdletObject, T> mapper,
      String what) {
    List<T> all = readAll(transport, request, mapper).value();
    if (all.isEmpty()) {
      throw new NotFoundException(
          request.cmdletName() + " returned no object for " + what, 0, null, null, null);
    }
    return all.get(0);
  }

  private static <T> List<T> map(CmdletResult result, Function<CmdletObject, T> mapper) {
    List<T> out = new ArrayList<>(result.objects().size());
    for (Map<String, Object> o : result.objects()) {
      T item = mapper.apply(new CmdletObject(o));
      if (item != null) {
        out.add(item);
      }
    }
    return Immutable.list(out);
  }
}
