package dev.exchangesdk.core.auth;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log event of the root logger at the given level until closed. */
final class LogCapture implements AutoCloseable {
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Level previousLevel = root.getLevel();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture(Level level) {
    appender.start();
    root.addAppender(appender);
    root.setLevel(level);
  }

  static LogCapture root(Level level) {
    return new LogCapture(level);
  }

  List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  /** Every message, argument and attached stack trace, as one text. */
  String allText() {
    StringBuilder s = new StringBuilder();
    for (ILoggingEvent e : events()) {
      s.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(' ');
      s.append(e.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        s.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
          s.append(frame.getSTEAsString()).append('\n');
        }
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    root.setLevel(previousLevel);
  }
}
