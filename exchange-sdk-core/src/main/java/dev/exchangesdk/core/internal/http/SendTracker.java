package dev.exchangesdk.core.internal.http;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Records whether a call started writing its request, so that a failure can be classed as "never
 * left the client" (safe to retry anything) or "may have reached the server". Attached to a request
 * as a tag and updated by {@link #LISTENER_FACTORY}.
 */
final class SendTracker {
  static final EventListener.Factory LISTENER_FACTORY =
      call -> {
        SendTracker tracker = call.request().tag(SendTracker.class);
        return tracker == null ? EventListener.NONE : tracker.listener;
      };

  private volatile boolean requestStarted;

  private final EventListener listener =
      new EventListener() {
        @Override
        public void requestHeadersStart(Call call) {
          requestStarted = true;
        }

        @Override
        public void requestFailed(Call call, IOException ioe) {
          requestStarted = true;
        }
      };

  boolean requestStarted() {
    return requestStarted;
  }
}
