package dev.exchangesdk.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM cannot inherit the parent (an imported BOM would hand users the parent's third-party
 * versions), so it names the few plugins it runs itself. This keeps those versions equal to the
 * parent's single pins: a version bumped in the parent and forgotten in the BOM fails here.
 */
class BomPluginPinsTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void everyPluginVersionInTheBomIsTheParentsPin() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("exchange-sdk-bom/pom.xml"));
    Map<String, String> properties = new HashMap<>();
    NodeList props = ((Element) parent.getElementsByTagName("properties").item(0)).getChildNodes();
    for (int i = 0; i < props.getLength(); i++) {
      if (props.item(i) instanceof Element e) {
        properties.put(e.getTagName(), e.getTextContent().trim());
      }
    }
    Map<String, String> parentPins = pluginVersions(parent, properties);
    Map<String, String> bomPins = pluginVersions(bom, Map.of());

    assertThat(bomPins).isNotEmpty();
    assertThat(parentPins).containsAllEntriesOf(bomPins);
  }

  private static Map<String, String> pluginVersions(Document pom, Map<String, String> properties) {
    Map<String, String> out = new HashMap<>();
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      String artifact = child(plugin, "artifactId");
      String version = child(plugin, "version");
      if (artifact == null || version == null) {
        continue;
      }
      if (version.startsWith("${")) {
        version = properties.get(version.substring(2, version.length() - 1));
      }
      out.put(artifact, version);
    }
    return out;
  }

  private static String child(Element parent, String name) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    return null;
  }

  private static Document read(Path pom) throws Exception {
    assertThat(pom).exists();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      return f.newDocumentBuilder().parse(in);
    }
  }
}
