package dev.exchangesdk.compliance.model;

import java.util.List;

/**
 * The locations a compliance search (or a search action, for its search) covers and excludes, as
 * the service reports them. {@code All} appears as the single element {@code "All"}. Immutable and
 * thread-safe.
 *
 * @param exchange {@code ExchangeLocation}
 * @param exchangeExclusion {@code ExchangeLocationExclusion}
 * @param publicFolder {@code PublicFolderLocation}
 * @param publicFolderExclusion {@code PublicFolderLocationExclusion}
 * @param sharePoint {@code SharePointLocation}
 * @param sharePointExclusion {@code SharePointLocationExclusion}
 * @param oneDrive {@code OneDriveLocation}
 * @param oneDriveExclusion {@code OneDriveLocationExclusion}
 */
public record SearchLocations(
    List<String> exchange,
    List<String> exchangeExclusion,
    List<String> publicFolder,
    List<String> publicFolderExclusion,
    List<String> sharePoint,
    List<String> sharePointExclusion,
    List<String> oneDrive,
    List<String> oneDriveExclusion) {

  public SearchLocations {
    exchange = List.copyOf(exchange);
    exchangeExclusion = List.copyOf(exchangeExclusion);
    publicFolder = List.copyOf(publicFolder);
    publicFolderExclusion = List.copyOf(publicFolderExclusion);
    sharePoint = List.copyOf(sharePoint);
    sharePointExclusion = List.copyOf(sharePointExclusion);
    oneDrive = List.copyOf(oneDrive);
    oneDriveExclusion = List.copyOf(oneDriveExclusion);
  }

  /** No locations at all. */
  public static SearchLocations none() {
    return new SearchLocations(
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
