package dev.exchangesdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.HttpOptions;
import java.net.Socket;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {

  @Test
  void everyClientSocketHasNaglesAlgorithmOff() throws Exception {
    OkHttpClient client = HttpClients.base(HttpOptions.defaults());
    try (Socket s = client.socketFactory().createSocket()) {
      assertThat(s.getTcpNoDelay()).isTrue();
    }
  }
}
