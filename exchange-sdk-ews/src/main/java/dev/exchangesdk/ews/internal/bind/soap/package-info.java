/** JAXB bindings of the SOAP 1.1 envelope that carries every EWS request. */
@XmlSchema(
    namespace = Namespaces.SOAP,
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "s", namespaceURI = Namespaces.SOAP),
      @XmlNs(prefix = "t", namespaceURI = Namespaces.TYPES),
      @XmlNs(prefix = "m", namespaceURI = Namespaces.MESSAGES)
    })
package dev.exchangesdk.ews.internal.bind.soap;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
