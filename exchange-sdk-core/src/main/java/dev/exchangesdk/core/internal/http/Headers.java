package dev.exchangesdk.core.internal.http;

/** Header names the pipeline sets or reads. */
public final class Headers {
  public static final String CLIENT_REQUEST_ID = "client-request-id";
  public static final String RETURN_CLIENT_REQUEST_ID = "return-client-request-id";
  public static final String USER_AGENT = "User-Agent";
  public static final String AUTHORIZATION = "Authorization";

  private Headers() {}
}
