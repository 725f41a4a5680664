using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Yunpan.Core.Hosting;

/// <summary>
/// Background work every interval of the clock (a fake one in tests, so time can be moved on). A failed run is
/// logged and the job runs again on the next tick: one bad night never stops sweeping for good.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    /// <summary>Named in the log when a run fails.</summary>
    protected abstract string JobName { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A delay after each run, not a periodic timer: a run that takes long never piles up ticks, and a clock moved on
        // by a year (tests) wakes the job once instead of once for every interval in between.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                RunFailed(logger, JobName, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it runs again on the next tick")]
    private static partial void RunFailed(ILogger logger, string job, Exception exception);
}
