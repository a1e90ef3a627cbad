package dev.exchangesdk.core.internal.auth;

/**
 * Who asks for tokens: the facts error messages and hints name. All public values.
 *
 * @param tenant the tenant as configured (domain or GUID)
 * @param clientId the application (client) id
 * @param thumbprint the SHA-1 thumbprint of the signing certificate
 * @param cloud the environment's display name, e.g. {@code Worldwide}
 */
public record AppIdentity(String tenant, String clientId, String thumbprint, String cloud) {}
