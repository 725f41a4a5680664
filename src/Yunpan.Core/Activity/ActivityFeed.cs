using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Yunpan.Core.Activity;

/// <summary>Hands member activity to every module that listens, in process. Handlers run in their own scope (their own
/// database context, so nothing they track leaks into the caller's) and are not cancelled with the request: the activity
/// has happened. A failing handler is logged and skipped: a reward that could not be granted must not turn a successful
/// sign-in or upload into an error.</summary>
public sealed partial class ActivityFeed(IServiceScopeFactory scopes, ILogger<ActivityFeed> logger)
{
    public async Task PublishAsync(MemberActivity activity)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IActivityHandler>())
        {
            try
            {
                await handler.HandleAsync(activity, CancellationToken.None);
            }
            catch (Exception ex)
            {
                HandlerFailed(logger, ex, handler.GetType().Name, activity.Kind, activity.MemberId);
            }
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Error, Message = "Activity handler {Handler} failed on {Kind} of member {MemberId}")]
    private static partial void HandlerFailed(ILogger logger, Exception exception, string handler, string kind, Guid memberId);
}
