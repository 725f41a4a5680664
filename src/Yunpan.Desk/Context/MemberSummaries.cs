using Yunpan.Contracts.Desk;
using Yunpan.Core.Support;

namespace Yunpan.Desk.Context;

/// <summary>
/// K-12: the plan, storage and links beside a case, read through Core's small interfaces that Plans, Drive and
/// Sharing implement (the desk references none of them). Each is optional: a host composed without a module still
/// shows the rest.
/// </summary>
internal sealed class MemberSummaries(IEnumerable<IMemberPlanSummary> plans, IEnumerable<IMemberStorageSummary> storage, IEnumerable<IMemberLinksSummary> links)
{
    public async Task<(CustomerPlanDto? Plan, CustomerStorageDto? Storage, CustomerLinksDto? Links)> ForMemberAsync(Guid memberId, CancellationToken cancellationToken)
    {
        CustomerPlanDto? plan = null;
        if (plans.FirstOrDefault() is { } planSource)
        {
            var p = await planSource.ForMemberAsync(memberId, cancellationToken);
            plan = new CustomerPlanDto(p.PlanId, p.PlanName, p.Capacity, p.ExpiresAt,
                [.. p.RecentOrders.Select(o => new CustomerOrderDto(o.Id, o.PlanId, o.Amount, o.Channel, o.Status, o.CreatedAt, o.PeriodStart, o.PeriodEnd))]);
        }

        CustomerStorageDto? used = null;
        if (storage.FirstOrDefault() is { } storageSource)
        {
            var s = await storageSource.ForMemberAsync(memberId, cancellationToken);
            used = new CustomerStorageDto(s.Used, s.Files, s.Versions, s.Trash, s.Uploads,
                [.. s.UnfinishedUploads.Select(u => new CustomerUploadDto(u.TargetPath, u.Length, u.Offset, u.CreatedAt, u.ExpiresAt))],
                [.. s.FailedDownloads.Select(d => new CustomerDownloadDto(d.Path, d.Size, d.At))]);
        }

        CustomerLinksDto? shared = null;
        if (links.FirstOrDefault() is { } linkSource)
        {
            var l = await linkSource.ForMemberAsync(memberId, cancellationToken);
            shared = new CustomerLinksDto(l.Total, l.Active,
                [.. l.Recent.Select(k => new CustomerLinkDto(k.Id, k.Title, k.IsFolder, k.Encrypted, k.State, k.Downloads, k.CreatedAt, k.ExpiresAt))]);
        }

        return (plan, used, shared);
    }
}
