using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Yunpan.Sharing.Visits;

/// <summary>
/// Limits extraction-code attempts (S-2) per link and per client address, so that a code can be guessed neither by
/// one client nor by many clients aiming at one link. Every attempt counts, right or wrong, so that the answer's
/// timing says nothing either.
/// </summary>
internal sealed class PasswordThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perLink;
    private readonly PartitionedRateLimiter<string> _perClient;

    public PasswordThrottle(IOptions<SharingOptions> options)
    {
        var settings = options.Value;
        _perLink = Limiter(settings.PasswordAttemptsPerLink, settings.PasswordWindow);
        _perClient = Limiter(settings.PasswordAttemptsPerClient, settings.PasswordWindow);
    }

    /// <summary>The Retry-After value (whole seconds, rounded up) of a refusal, on the page and in the API alike.</summary>
    public static string RetryAfterHeader(TimeSpan retryAfter) =>
        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ClientOf(Microsoft.AspNetCore.Http.HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>False when either budget is spent; <paramref name="retryAfter"/> then says for how long.</summary>
    public bool TryAttempt(string token, string client, out TimeSpan retryAfter)
    {
        using var link = _perLink.AttemptAcquire(token);
        using var from = _perClient.AttemptAcquire(client);
        retryAfter = TimeSpan.Zero;
        foreach (var lease in new[] { link, from })
        {
            if (!lease.IsAcquired)
            {
                retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        _perLink.Dispose();
        _perClient.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
}
