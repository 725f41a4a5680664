using Microsoft.AspNetCore.Http;
using Yunpan.Drive.Files;
using Yunpan.Sharing.Visits;

namespace Yunpan.Sharing.Business;

/// <summary>
/// The check every business-link download passes before it starts (S-8): the bytes it can send are reserved from the
/// publisher's month, or the download is refused whole (never cut short: a client that asked for a range gets all of
/// it or a clear refusal, and can ask for a smaller range within what remains).
/// </summary>
internal sealed class BusinessGate(TrafficBudget budget, TrafficMeter meter)
{
    public async Task<TrafficReservation> ReserveAsync(LinkVisit visit, DriveEntry file, HttpRequest request, CancellationToken cancellationToken)
    {
        var account = await budget.ForAsync(visit.Link.OwnerId, visit.Publisher, cancellationToken);
        var bytes = ServedLength.Of(request, file);
        if (!await meter.TryReserveAsync(visit.Link.OwnerId, account.Month, bytes, account.Budget, cancellationToken))
        {
            // Read again: parallel downloads may have taken what the account showed.
            var now = await budget.ForAsync(visit.Link.OwnerId, visit.Publisher, cancellationToken);
            throw SharingErrors.TrafficUsedUp(now.Remaining, bytes);
        }

        return new TrafficReservation(visit.Link.OwnerId, account.Month, bytes);
    }

    /// <summary>Gives back what the download reserved and did not send (an abandoned download, a 304, a HEAD).</summary>
    public Task SettleAsync(TrafficReservation reservation, long sent) =>
        meter.ReleaseAsync(reservation.OwnerId, reservation.Month, reservation.Bytes - sent);
}
