package dev.exchangesdk.core;

import java.util.Objects;

/**
 * A certificate credential could not be built: a setting is missing, or the certificate or key
 * cannot be used. {@link #reason()} says which case it is; the message says what is wrong and what
 * to do. Messages never contain passwords, keys or certificate contents.
 */
public class CertificateLoadException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  /** Why the certificate could not be loaded. */
  public enum Reason {
    /** Required settings are absent; the message lists every one of them. */
    MISSING_VALUES,
    /** A setting has an invalid value (tenant, client id, two certificate sources ...). */
    INVALID_VALUE,
    /** The PFX file or stream could not be read. */
    UNREADABLE_SOURCE,
    /** The PFX text is not Base64. */
    NOT_BASE64,
    /** The bytes are not a PKCS#12 (PFX) file. */
    NOT_PKCS12,
    /** The PFX is PKCS#12 but uses an encryption that cannot be read here. */
    UNSUPPORTED_PKCS12,
    /** The PFX or key password is wrong. */
    WRONG_PASSWORD,
    /** The private key is encrypted and no password was given. */
    PASSWORD_REQUIRED,
    /** The PFX or key store entry holds certificates but no private key. */
    NO_PRIVATE_KEY,
    /** The PFX holds several private keys and it is not clear which one to use. */
    MULTIPLE_PRIVATE_KEYS,
    /** The key store has no private key entry under the given alias. */
    ALIAS_NOT_FOUND,
    /** A private key came without its certificate. */
    NO_CERTIFICATE,
    /** The private key does not belong to the certificate. */
    KEY_MISMATCH,
    /** The key is not RSA (EC, EdDSA, DSA): Microsoft Entra certificate credentials need RSA. */
    UNSUPPORTED_KEY_TYPE,
    /** The RSA key is shorter than 2048 bits. */
    KEY_TOO_SMALL,
    /** The certificate's validity period has not started yet. */
    NOT_YET_VALID,
    /** The certificate has expired. */
    EXPIRED,
    /** The PEM text has no usable block, or a block cannot be decoded. */
    MALFORMED_PEM
  }

  private final Reason reason;

  public CertificateLoadException(Reason reason, String message) {
    this(reason, message, null);
  }

  public CertificateLoadException(Reason reason, String message, Throwable cause) {
    super(message, 0, Objects.requireNonNull(reason, "reason").name(), null, cause);
    this.reason = reason;
  }

  /** Which problem stopped the certificate from loading. */
  public Reason reason() {
    return reason;
  }
}
