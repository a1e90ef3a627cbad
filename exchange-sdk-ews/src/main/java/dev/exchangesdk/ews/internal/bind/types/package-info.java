/** JAXB bindings of the EWS types namespace (types.xsd) the SDK uses. */
@XmlSchema(
    namespace = Namespaces.TYPES,
    elementFormDefault = XmlNsForm.QUALIFIED,
    xmlns = {
      @XmlNs(prefix = "s", namespaceURI = Namespaces.SOAP),
      @XmlNs(prefix = "t", namespaceURI = Namespaces.TYPES),
      @XmlNs(prefix = "m", namespaceURI = Namespaces.MESSAGES)
    })
package dev.exchangesdk.ews.internal.bind.types;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
