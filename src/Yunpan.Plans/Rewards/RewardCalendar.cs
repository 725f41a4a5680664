using Microsoft.Extensions.Options;

namespace Yunpan.Plans.Rewards;

/// <summary>"Once per day" means once per calendar day in the installation's reward time zone, not per UTC day.</summary>
internal sealed class RewardCalendar(IOptions<RewardsOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => DayOf(clock.GetUtcNow(), _zone);

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
