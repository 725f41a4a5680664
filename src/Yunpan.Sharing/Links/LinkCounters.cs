using Microsoft.EntityFrameworkCore;
using Yunpan.Plans;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Links;

/// <summary>
/// The per-link counters (S-3) and the monthly download count (S-6), each changed by one UPDATE statement so that
/// parallel visitors neither lose counts nor pass a download limit.
/// </summary>
internal sealed class LinkCounters(DbContext db, IBillingCalendar calendar, TimeProvider clock)
{
    /// <summary>The first instant of this month, in the installation's time zone.</summary>
    public DateTimeOffset MonthStart => calendar.MonthOf(clock.GetUtcNow()).Start;

    private IQueryable<ShareLink> Link(Guid id) => db.Set<ShareLink>().Where(l => l.Id == id);

    public Task ViewedAsync(Guid id, CancellationToken cancellationToken) =>
        Link(id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Views, l => l.Views + 1), cancellationToken);

    public Task SavedAsync(Guid id, CancellationToken cancellationToken) =>
        Link(id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Saves, l => l.Saves + 1), cancellationToken);

    public Task SentAsync(Guid id, long bytes, CancellationToken cancellationToken) =>
        bytes <= 0 ? Task.CompletedTask : Link(id).ExecuteUpdateAsync(s => s.SetProperty(l => l.BytesSent, l => l.BytesSent + bytes), cancellationToken);

    /// <summary>Counts the start of a download; false when the link's download limit is already used up.</summary>
    public async Task<bool> TryStartDownloadAsync(Guid id, CancellationToken cancellationToken)
    {
        var month = MonthStart;
        var counted = await Link(id)
            .Where(l => l.DownloadLimit == null || l.Downloads < l.DownloadLimit)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Downloads, l => l.Downloads + 1)
                .SetProperty(l => l.MonthDownloads, l => l.MonthStart == month ? l.MonthDownloads + 1 : 1)
                .SetProperty(l => l.MonthStart, month), cancellationToken);
        return counted == 1;
    }
}
