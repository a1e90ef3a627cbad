/**
 * The Exchange Online admin client: {@link dev.exchangesdk.admin.ExchangeAdminClient} and its
 * operation groups. See {@code docs/ADMIN.md} for a guide.
 */
package dev.exchangesdk.admin;
