using Yunpan.Client;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Plans;

namespace Yunpan.Web.Services;

/// <summary>
/// Who is signed in, with the plan and quota, as /api/v1/me tells it; shared by the frame (quota bar) and the pages.
/// </summary>
public sealed class CurrentMember(YunpanClient api)
{
    private IReadOnlyList<PlanDto>? _plans;

    public MeResponse? Me { get; private set; }

    public event Action? Changed;

    public async Task<MeResponse> RefreshAsync(CancellationToken ct = default)
    {
        Me = await api.MeAsync(ct);
        Changed?.Invoke();
        return Me;
    }

    public async Task<IReadOnlyList<PlanDto>> PlansAsync(CancellationToken ct = default) =>
        _plans ??= (await api.PlansAsync(ct)).Plans;

    /// <summary>Whether the member's plan has <paramref name="capability"/>, and if not, the plans that do.</summary>
    public async Task<(bool Allowed, IReadOnlyList<PlanDto> Plans)> CapabilityAsync(string capability, CancellationToken ct = default)
    {
        var plans = await PlansAsync(ct);
        var mine = plans.FirstOrDefault(p => p.Id == Me?.Plan);
        return mine is not null && mine.Capabilities.Contains(capability)
            ? (true, [])
            : (false, plans.Where(p => p.Capabilities.Contains(capability)).ToList());
    }
}
