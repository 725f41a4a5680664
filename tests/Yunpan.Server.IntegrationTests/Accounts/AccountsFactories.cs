using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Accounts;

/// <summary>An installation where only administrators create accounts.</summary>
public sealed class ClosedRegistrationFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Accounts:Registration"] = "Closed",
});

/// <summary>Lockout after three failed sign-ins, so the tests stay short.</summary>
public sealed class LockoutFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Accounts:MaxFailedSignIns"] = "3",
    ["Accounts:LockoutDuration"] = "00:15:00",
});

/// <summary>
/// A two-second lockout after two failures. ASP.NET Core Identity times lockouts with the system clock, not the
/// injected <see cref="TimeProvider"/>, so the end of a lockout is observed in real time.
/// </summary>
public sealed class ShortLockoutFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Accounts:MaxFailedSignIns"] = "2",
    ["Accounts:LockoutDuration"] = "00:00:02",
});

/// <summary>Access tokens must expire within 30 days.</summary>
public sealed class TokenLifetimeLimitFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Accounts:MaxTokenLifetimeDays"] = "30",
});

/// <summary>Three requests per two-second window to the authentication endpoints.</summary>
public sealed class RateLimitedFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Accounts:AuthRequestsPerWindow"] = "3",
    ["Accounts:AuthWindow"] = "00:00:02",
});

/// <summary>A server on a data directory that already exists (prepared by the server's own command line).</summary>
public sealed class ExistingDataFactory(string dataDirectory) : YunpanFactory(new Dictionary<string, string?>
{
    ["Yunpan:DataDirectory"] = dataDirectory,
});
