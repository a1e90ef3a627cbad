package dev.exchangesdk.ews.internal.write;

import java.util.List;

/**
 * Every {@link StreamedRequest} type, for the test that validates each request the SDK writes
 * against the schema (the JAXB ones are listed by {@code EwsJaxb}). Register a new type here.
 *
 * <p>Immutable.
 */
public final class StreamedRequests {
  public static final List<Class<? extends StreamedRequest>> TYPES =
      List.of(CreateItemRequest.class, CreateAttachmentRequest.class, UploadItemsRequest.class);

  private StreamedRequests() {}
}
