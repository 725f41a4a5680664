using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Yunpan.Desk.Help;

/// <summary>
/// The public help centre is open to anyone, so it is limited per client address (DESIGN §9), like the credential
/// endpoints: a fixed window of <see cref="HelpOptions.RequestsPerWindow"/>; beyond it 429 with Retry-After.
/// </summary>
internal static class HelpRateLimit
{
    public const string Policy = "help";

    public static IServiceCollection AddHelpRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(Policy, http =>
        {
            var settings = http.RequestServices.GetRequiredService<IOptions<DeskOptions>>().Value.Help;
            return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.RequestsPerWindow,
                Window = settings.Window,
                QueueLimit = 0,
            });
        }));
}
