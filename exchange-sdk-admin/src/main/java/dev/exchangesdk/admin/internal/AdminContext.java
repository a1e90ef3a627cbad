package dev.exchangesdk.admin.internal;

import dev.exchangesdk.core.Sleeper;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import java.time.Clock;
import java.util.List;

/**
 * What every operation group of the admin client shares: the cmdlet transport, time, the credential
 * (for the connectivity check) and the Get-MessageTraceV2 rate limiter.
 *
 * @param transport the cmdlet transport
 * @param clock the client's clock (HttpOptions)
 * @param sleeper the client's sleeper (HttpOptions)
 * @param credential the credential, for the connectivity check's token step
 * @param scopes the token scopes of the admin API
 * @param messageTraceLimiter 100 Get-MessageTraceV2 calls per 5 minutes, per client
 */
public record AdminContext(
    CmdletTransport transport,
    Clock clock,
    Sleeper sleeper,
    TokenCredential credential,
    List<String> scopes,
    SlidingWindowRateLimiter messageTraceLimiter) {}
