package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.types.FolderXml;
import dev.exchangesdk.ews.internal.read.FolderMapper;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.MailFolder;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the folders of a GetFolder ({@code m:Folders}) or FindFolder ({@code
 * m:RootFolder/t:Folders}) response message, each folder unmarshalled with JAXB.
 */
final class FolderListReader implements MessageReader<FolderListReader.Folders> {
  /** The folders of one message and, for FindFolder, the paging attributes. */
  record Folders(List<Listed> listed, RootFolderInfo page) {
    List<MailFolder> folders() {
      return listed.stream().map(Listed::folder).toList();
    }
  }

  /**
   * One folder and its {@code EffectiveRights/Read}, {@code null} when the server did not return it
   * (it does only when asked for {@code folder:EffectiveRights}).
   */
  record Listed(MailFolder folder, Boolean canRead) {}

  private final List<Listed> folders = new ArrayList<>();
  private RootFolderInfo page;

  @Override
  public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
    switch (r.getLocalName()) {
      case "RootFolder":
        page = RootFolderInfo.of(r);
        XmlCursor.forEachChild(r, c -> element(c, ctx));
        break;
      case "Folders":
        XmlCursor.forEachChild(
            r,
            f -> {
              FolderXml x = ctx.unmarshal(f, FolderXml.class);
              folders.add(new Listed(FolderMapper.toModel(x), x.canRead()));
            });
        break;
      default:
        XmlCursor.skip(r);
    }
  }

  @Override
  public Folders result() {
    return new Folders(List.copyOf(folders), page);
  }
}
