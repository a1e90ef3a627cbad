package dev.exchangesdk.ews.internal.bind;

import dev.exchangesdk.ews.internal.bind.messages.CopyItem;
import dev.exchangesdk.ews.internal.bind.messages.CreateFolder;
import dev.exchangesdk.ews.internal.bind.messages.DeleteAttachment;
import dev.exchangesdk.ews.internal.bind.messages.DeleteItem;
import dev.exchangesdk.ews.internal.bind.messages.ExpandDL;
import dev.exchangesdk.ews.internal.bind.messages.ExportItems;
import dev.exchangesdk.ews.internal.bind.messages.FindFolder;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.messages.GetAttachment;
import dev.exchangesdk.ews.internal.bind.messages.GetFolder;
import dev.exchangesdk.ews.internal.bind.messages.GetInboxRules;
import dev.exchangesdk.ews.internal.bind.messages.GetItem;
import dev.exchangesdk.ews.internal.bind.messages.GetSearchableMailboxes;
import dev.exchangesdk.ews.internal.bind.messages.GetUserOofSettingsRequest;
import dev.exchangesdk.ews.internal.bind.messages.MarkAsJunk;
import dev.exchangesdk.ews.internal.bind.messages.MoveItem;
import dev.exchangesdk.ews.internal.bind.messages.ResolveNames;
import dev.exchangesdk.ews.internal.bind.messages.SearchMailboxes;
import dev.exchangesdk.ews.internal.bind.messages.SendItem;
import dev.exchangesdk.ews.internal.bind.messages.SyncFolderItems;
import dev.exchangesdk.ews.internal.bind.messages.UpdateItem;
import dev.exchangesdk.ews.internal.bind.soap.SoapEnvelope;
import dev.exchangesdk.ews.internal.bind.types.ExchangeImpersonation;
import dev.exchangesdk.ews.internal.bind.types.FolderXml;
import dev.exchangesdk.ews.internal.bind.types.RequestServerVersion;
import dev.exchangesdk.ews.internal.bind.types.TimeZoneContext;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayOutputStream;

/**
 * The one {@link JAXBContext} of the EWS bindings, built on first use. Marshallers and
 * unmarshallers are created per use (they are not thread-safe; creating one is cheap next to an
 * HTTP call).
 *
 * <p>A new request or response binding class is registered in {@link #BOUND_CLASSES}.
 */
public final class EwsJaxb {
  /** Root classes; JAXB reaches the rest through their fields. */
  private static final Class<?>[] BOUND_CLASSES = {
    SoapEnvelope.class,
    RequestServerVersion.class,
    ExchangeImpersonation.class,
    TimeZoneContext.class,
    GetFolder.class,
    FindFolder.class,
    FindItem.class,
    GetItem.class,
    GetAttachment.class,
    SyncFolderItems.class,
    FolderXml.class,
    // write operations
    DeleteItem.class,
    MoveItem.class,
    CopyItem.class,
    UpdateItem.class,
    MarkAsJunk.class,
    DeleteAttachment.class,
    CreateFolder.class,
    ExportItems.class,
    SendItem.class,
    ExpandDL.class,
    ResolveNames.class,
    GetSearchableMailboxes.class,
    SearchMailboxes.class,
    GetUserOofSettingsRequest.class,
    GetInboxRules.class,
  };

  private EwsJaxb() {}

  private static final class Holder {
    static final JAXBContext CONTEXT = create();

    private static JAXBContext create() {
      try {
        return JAXBContext.newInstance(BOUND_CLASSES);
      } catch (JAXBException e) {
        throw new IllegalStateException("The EWS JAXB bindings are inconsistent", e);
      }
    }
  }

  /** The registered request elements ({@code internal.bind.messages}), for the schema test. */
  public static java.util.List<Class<?>> requestClasses() {
    java.util.List<Class<?>> out = new java.util.ArrayList<>();
    for (Class<?> c : BOUND_CLASSES) {
      if (c.getPackage().equals(GetFolder.class.getPackage())) {
        out.add(c);
      }
    }
    return out;
  }

  public static JAXBContext context() {
    return Holder.CONTEXT;
  }

  /** The envelope as UTF-8 XML with an XML declaration. */
  public static byte[] marshal(SoapEnvelope envelope) {
    try {
      Marshaller m = context().createMarshaller();
      m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
      m.marshal(envelope, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IllegalStateException("Cannot write an EWS request: " + e, e);
    }
  }

  /** A fresh unmarshaller, for the one thread reading one response. */
  public static Unmarshaller newUnmarshaller() {
    try {
      return context().createUnmarshaller();
    } catch (JAXBException e) {
      throw new IllegalStateException("Cannot create an EWS response reader: " + e, e);
    }
  }
}
