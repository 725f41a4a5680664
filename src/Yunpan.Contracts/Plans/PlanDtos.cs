namespace Yunpan.Contracts.Plans;

public sealed record PlanDto(
    string Id,
    string Name,
    long Capacity,
    long MaxUpload,
    long MaxShared,
    decimal? PricePerYear,
    IReadOnlyList<string> Capabilities,
    bool IsDefault = false);

public sealed record PlanList(IReadOnlyList<PlanDto> Plans);
