package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of the forms a certificate and its private key can be given in. Each form keeps its own copy
 * of the password (the caller's array is never modified) until {@link #wipe()} clears it.
 *
 * <p>Not thread-safe: a credential builder loads a source once and wipes it.
 */
public abstract class CertificateSource {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern BASE64_URL = Pattern.compile("[A-Za-z0-9_-]+=*");

  private final String description;

  private CertificateSource(String description) {
    this.description = description;
  }

  /** A PFX as Base64 text (line breaks and spaces are ignored), the form tools keep in settings. */
  public static CertificateSource pfxBase64(String base64, char[] password) {
    Objects.requireNonNull(base64, "base64");
    return new Pfx("the PFX (Base64 text)", password) {
      @Override
      byte[] bytes() {
        return decodeBase64(base64);
      }
    };
  }

  /** A PFX file, read when the credential is built. */
  public static CertificateSource pfxFile(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    return new Pfx("the PFX file " + file, password) {
      @Override
      byte[] bytes() {
        try {
          return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
          throw new CertificateLoadException(
              Reason.UNREADABLE_SOURCE, "The PFX file " + file + " does not exist.", e);
        } catch (IOException e) {
          throw new CertificateLoadException(
              Reason.UNREADABLE_SOURCE,
              "Could not read the PFX file " + file + ": " + e.getClass().getSimpleName() + ".",
              e);
        }
      }
    };
  }

  /** A PFX stream, read to its end (and not closed) when the credential is built. */
  public static CertificateSource pfxStream(InputStream stream, char[] password) {
    Objects.requireNonNull(stream, "stream");
    return new Pfx("the PFX stream", password) {
      @Override
      byte[] bytes() {
        try {
          return stream.readAllBytes();
        } catch (IOException e) {
          throw new CertificateLoadException(
              Reason.UNREADABLE_SOURCE,
              "Could not read the PFX stream: " + e.getClass().getSimpleName() + ".",
              e);
        }
      }
    };
  }

  /** PFX bytes; the SDK works on its own copy and wipes it after loading. */
  public static CertificateSource pfxBytes(byte[] pfx, char[] password) {
    byte[] copy = Objects.requireNonNull(pfx, "pfx").clone();
    return new Pfx("the PFX bytes", password) {
      @Override
      byte[] bytes() {
        return copy;
      }
    };
  }

  /** A PEM certificate (optionally followed by its chain) and a PEM private key. */
  public static CertificateSource pem(
      String certificatePem, String privateKeyPem, char[] keyPassword) {
    Objects.requireNonNull(certificatePem, "certificatePem");
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    return new CertificateSource("the PEM certificate and key") {
      private final char[] password = copy(keyPassword);

      @Override
      public LoadedKey load() {
        return new LoadedKey(
            PemReader.privateKey(privateKeyPem, password), PemReader.certificates(certificatePem));
      }

      @Override
      public void wipe() {
        clear(password);
      }
    };
  }

  /** An entry of a key store the caller opened (PKCS#12, JKS, a hardware token ...). */
  public static CertificateSource keyStore(KeyStore store, String alias, char[] keyPassword) {
    Objects.requireNonNull(store, "store");
    String what = "the " + store.getType() + " key store";
    return new CertificateSource(what + (alias == null ? "" : " entry '" + alias + "'")) {
      private final char[] password = copy(keyPassword);

      @Override
      public LoadedKey load() {
        CertificateMaterial m = KeyStoreReader.read(store, alias, password, what);
        return new LoadedKey(m.privateKey(), m.chain());
      }

      @Override
      public void wipe() {
        clear(password);
      }
    };
  }

  /** Reads the key and certificates; they are checked afterwards by {@link CertificateChecks}. */
  public abstract LoadedKey load();

  /** Overwrites the SDK's copies of the password and key bytes. */
  public abstract void wipe();

  /** How the source is named in messages, e.g. "the PFX file /etc/app.pfx". */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }

  /** A key and the certificates that came with it, not yet checked. */
  public record LoadedKey(PrivateKey privateKey, List<X509Certificate> certificates) {}

  /** The PKCS#12 forms: bytes from somewhere, opened with a password. */
  private abstract static class Pfx extends CertificateSource {
    private final char[] password;
    private byte[] read;

    Pfx(String description, char[] password) {
      super(description);
      this.password = copy(password);
    }

    abstract byte[] bytes();

    @Override
    public LoadedKey load() {
      read = bytes();
      CertificateMaterial m =
          Pkcs12Reader.read(read, password == null ? new char[0] : password, description());
      return new LoadedKey(m.privateKey(), m.chain());
    }

    @Override
    public void wipe() {
      clear(password);
      if (read != null) {
        Arrays.fill(read, (byte) 0);
      }
    }
  }

  private static byte[] decodeBase64(String text) {
    String compact = WHITESPACE.matcher(text).replaceAll("");
    if (compact.startsWith("-----BEGIN")) {
      throw new CertificateLoadException(
          Reason.NOT_BASE64,
          "The PFX text is PEM, not Base64 of a PFX. Give PEM text as a PEM certificate and key"
              + " instead.");
    }
    if (compact.isEmpty()) {
      throw new CertificateLoadException(Reason.NOT_BASE64, "The PFX text is empty.");
    }
    try {
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException notStandard) {
      if (BASE64_URL.matcher(compact).matches()) {
        return Base64.getUrlDecoder().decode(compact);
      }
      throw new CertificateLoadException(
          Reason.NOT_BASE64,
          "The PFX text is not Base64 ("
              + notStandard.getMessage()
              + "). Give the Base64 encoding of the PFX file, e.g. the certificateBase64 output of"
              + " SelfSignedCertificates or `base64 -w0 cert.pfx`.");
    }
  }

  private static char[] copy(char[] password) {
    return password == null ? null : password.clone();
  }

  private static void clear(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
