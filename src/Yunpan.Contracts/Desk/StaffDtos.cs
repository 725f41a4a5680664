namespace Yunpan.Contracts.Desk;

/// <summary>A colleague to hand a case to (K-4) or a technical contact to hand details to (K-3).</summary>
public sealed record StaffMemberDto(Guid Id, string Login);

public sealed record StaffList(IReadOnlyList<StaffMemberDto> Items);
