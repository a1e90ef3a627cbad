/**
 * Immutable value types of the admin client: the objects cmdlets return (typed core fields plus a
 * {@code raw()} map of every property), and the queries and requests operations take.
 */
package dev.exchangesdk.admin.model;
