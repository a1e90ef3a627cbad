package dev.exchangesdk.ews;

/**
 * The EWS schema version the client asks the server to speak ({@code RequestServerVersion}).
 * Exchange Online and Exchange Server 2016/2019 take {@link #EXCHANGE_2016}, the default; choose an
 * older one only for an older on-premises server. Features newer than the version are left out of
 * requests (the text body needs {@link #EXCHANGE_2013}).
 */
public enum ExchangeServerVersion {
  EXCHANGE_2010_SP1("Exchange2010_SP1"),
  EXCHANGE_2010_SP2("Exchange2010_SP2"),
  EXCHANGE_2013("Exchange2013"),
  EXCHANGE_2013_SP1("Exchange2013_SP1"),
  EXCHANGE_2016("Exchange2016");

  private final String wireName;

  ExchangeServerVersion(String wireName) {
    this.wireName = wireName;
  }

  /** The value sent in {@code RequestServerVersion}, e.g. {@code Exchange2016}. */
  public String wireName() {
    return wireName;
  }

  /** Whether this version is {@code other} or newer. */
  public boolean atLeast(ExchangeServerVersion other) {
    return compareTo(other) >= 0;
  }
}
