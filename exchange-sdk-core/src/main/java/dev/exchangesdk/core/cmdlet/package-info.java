/**
 * The few cmdlet types that users of both the admin and the compliance client see: {@link
 * dev.exchangesdk.core.cmdlet.CmdletResult}, what the generic {@code invoke(cmdlet, parameters)}
 * escape hatch returns, and {@link dev.exchangesdk.core.cmdlet.CmdletWarning}, a warning a cmdlet
 * wrote.
 */
package dev.exchangesdk.core.cmdlet;
