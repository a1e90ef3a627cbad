/** JAXB bindings of the EWS messages namespace (messages.xsd): the request elements. */
@XmlSchema(
    namespace = Namespaces.MESSAGES,
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "s", namespaceURI = Namespaces.SOAP),
      @XmlNs(prefix = "t", namespaceURI = Namespaces.TYPES),
      @XmlNs(prefix = "m", namespaceURI = Namespaces.MESSAGES)
    })
package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
