package dev.exchangesdk.compliance;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.Poller;
import dev.exchangesdk.core.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Builds the core {@link Poller}s behind the client's waits. Stateless and thread-safe. */
final class Waits {
  private Waits() {}

  /**
   * A poller over {@code fetch}: an absent object counts as "not registered yet" during the grace
   * period of {@code options} (polled value {@code null}, not passed to {@code onProgress}), and
   * fails with {@link NotFoundException} after it.
   */
  static <T> Poller<T> poller(
      HttpOptions http,
      WaitOptions options,
      Consumer<T> onProgress,
      Supplier<Optional<T>> fetch,
      Predicate<T> isDone,
      String what) {
    Objects.requireNonNull(options, "options");
    Clock clock = http.clock();
    AtomicReference<Instant> started = new AtomicReference<>();
    Supplier<T> operation =
        () -> {
          started.compareAndSet(null, clock.instant());
          Optional<T> current = fetch.get();
          if (current.isPresent()) {
            return current.get();
          }
          if (clock.instant().isAfter(started.get().plus(options.notFoundGrace()))) {
            throw new NotFoundException(
                "The "
                    + what
                    + " does not exist (still not found after "
                    + options.notFoundGrace()
                    + ")",
                404,
                null,
                null,
                null);
          }
          return null;
        };
    Poller.Builder<T> b =
        Poller.<T>builder()
            .operation(operation)
            .isDone(v -> v != null && isDone.test(v))
            .interval(options.interval())
            .timeout(options.timeout())
            .onProgress(
                v -> {
                  if (v != null && onProgress != null) {
                    onProgress.accept(v);
                  }
                })
            .clock(clock);
    // Real waits go through the poller's own latch, so that cancel() wakes them at once; an
    // injected sleeper (tests, custom schedulers) is used as given.
    if (http.sleeper() != Sleeper.system()) {
      b.sleeper(http.sleeper());
    }
    return b.build();
  }
}
