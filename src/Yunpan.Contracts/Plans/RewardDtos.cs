namespace Yunpan.Contracts.Plans;

/// <summary>The rewards page in one answer: points, today's check-in, invitations and starter tasks.</summary>
public sealed record RewardsDto(
    int Points,
    bool SignedInToday,
    RedemptionDto Redemption,
    CheckInStatusDto CheckIn,
    InvitationStatusDto Invitations,
    IReadOnlyList<StarterTaskDto> Tasks,
    string TimeZone);

/// <summary><see cref="AvailableAt"/>: when the next redemption is allowed (null: now, if the points suffice).</summary>
public sealed record RedemptionDto(int Cost, long Bytes, int Days, DateTimeOffset? AvailableAt);

public sealed record CheckInStatusDto(bool CheckedInToday, long MinimumBytes, long TotalBytes, int Count);

public sealed record InvitationStatusDto(int IssuedToday, int PerDay, int IssuedTotal, int Total, int Rewarded, long BytesEach);

/// <summary>A starter task: done when the member did it, claimed when its capacity was granted.</summary>
public sealed record StarterTaskDto(string Id, string Group, long Bytes, DateTimeOffset? DoneAt, DateTimeOffset? ClaimedAt);

public sealed record TaskClaimResult(string Id, long Bytes);

public sealed record CheckInResult(long Bytes, long TotalBytes, DateOnly Day);

public sealed record RedemptionResult(int PointsLeft, long Bytes, DateTimeOffset ExpiresAt);

public sealed record InvitationDto(string Code, string Url, DateTimeOffset CreatedAt, bool Accepted, bool Rewarded);

public sealed record InvitationList(IReadOnlyList<InvitationDto> Items);

/// <summary>Why a member has the capacity they have: the plan's row first, then every grant (R-*), running or ended.</summary>
public sealed record CapacityLedgerDto(long Total, IReadOnlyList<CapacityGrantDto> Rows);

public sealed record CapacityGrantDto(string Source, string Reference, long Bytes, DateTimeOffset? GrantedAt, DateTimeOffset? ExpiresAt, bool Active);
