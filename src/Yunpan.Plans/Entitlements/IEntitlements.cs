namespace Yunpan.Plans.Entitlements;

public interface IEntitlements
{
    Task<Entitlements> ForMemberAsync(Guid memberId, CancellationToken cancellationToken);
}
