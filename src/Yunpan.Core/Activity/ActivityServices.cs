using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Yunpan.Core.Activity;

public static class ActivityServices
{
    /// <summary>Every module that publishes activity adds the feed itself (once, however many do), so no host that
    /// composes a module without the others can miss it.</summary>
    public static IServiceCollection AddActivityFeed(this IServiceCollection services)
    {
        services.TryAddSingleton<ActivityFeed>();
        return services;
    }
}
