namespace Yunpan.Plans.Traffic;

/// <summary>
/// Extra business-link traffic a member has bought (S-8), for the module that meters the traffic (Sharing). Paid
/// orders are the record; Sharing adds the answer to the plan's monthly figure.
/// </summary>
public interface IBusinessTraffic
{
    /// <summary>Bytes of extra traffic paid within [<paramref name="start"/>, <paramref name="until"/>).</summary>
    Task<long> ExtraPaidAsync(Guid memberId, DateTimeOffset start, DateTimeOffset until, CancellationToken cancellationToken);
}
