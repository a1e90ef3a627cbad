package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import dev.exchangesdk.ews.internal.bind.types.MailboxQuery;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** {@code m:SearchMailboxes}: an eDiscovery keyword search across mailboxes (Exchange 2013+). */
@XmlRootElement(name = "SearchMailboxes")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {
      "searchQueries",
      "resultType",
      "previewItemResponseShape",
      "language",
      "deduplication",
      "pageSize",
      "pageItemReference",
      "pageDirection"
    })
public final class SearchMailboxes {
  @XmlElementWrapper(name = "SearchQueries", required = true)
  @XmlElement(name = "MailboxQuery", namespace = Namespaces.TYPES)
  private List<MailboxQuery> searchQueries;

  @XmlElement(name = "ResultType", required = true)
  private String resultType;

  @XmlElement(name = "PreviewItemResponseShape")
  private PreviewShape previewItemResponseShape;

  @XmlElement(name = "Language")
  private String language;

  @XmlElement(name = "Deduplication")
  private Boolean deduplication;

  @XmlElement(name = "PageSize")
  private Integer pageSize;

  @XmlElement(name = "PageItemReference")
  private String pageItemReference;

  @XmlElement(name = "PageDirection")
  private String pageDirection;

  private SearchMailboxes() {}

  /**
   * @param resultType {@code PreviewOnly} or {@code StatisticsOnly}
   * @param pageItemReference the sort value of the last item of the previous page, or {@code null}
   */
  public SearchMailboxes(
      MailboxQuery query,
      String resultType,
      String language,
      boolean deduplication,
      Integer pageSize,
      String pageItemReference) {
    this.searchQueries = List.of(query);
    this.resultType = resultType;
    this.previewItemResponseShape =
        "PreviewOnly".equals(resultType) ? new PreviewShape("Default") : null;
    this.language = language;
    this.deduplication = deduplication ? Boolean.TRUE : null;
    this.pageSize = pageSize;
    this.pageItemReference = pageItemReference;
    this.pageDirection = pageItemReference != null ? "Next" : null;
  }

  /** {@code PreviewItemResponseShapeType}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  static final class PreviewShape {
    @XmlElement(name = "BaseShape", namespace = Namespaces.TYPES, required = true)
    private String baseShape;

    private PreviewShape() {}

    PreviewShape(String baseShape) {
      this.baseShape = baseShape;
    }
  }
}
