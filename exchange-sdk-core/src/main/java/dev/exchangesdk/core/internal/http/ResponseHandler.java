package dev.exchangesdk.core.internal.http;

import java.io.IOException;
import okhttp3.Response;

/**
 * Turns one HTTP response into a result, or throws the SDK exception it stands for. Thrown {@link
 * dev.exchangesdk.core.ExchangeException}s that are retryable make the pipeline retry the whole
 * call (a layer that finds a back-off hint in the body throws {@link
 * dev.exchangesdk.core.ThrottledException} with it). The pipeline closes the response afterwards.
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  T handle(Response response) throws IOException;
}
