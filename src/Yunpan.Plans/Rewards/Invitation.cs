namespace Yunpan.Plans.Rewards;

/// <summary>
/// An invitation code a member issued. <see cref="Ordinal"/> (1…total limit) and <see cref="DayOrdinal"/>
/// (1…daily limit) are unique per inviter, so concurrent requests cannot issue more than the limits allow on any database.
/// The inviter is credited once the invitee has verified an e-mail address or phone number.
/// </summary>
internal sealed class Invitation
{
    public Guid Id { get; init; }

    public Guid InviterId { get; init; }

    public required string Code { get; init; }

    public int Ordinal { get; init; }

    public DateOnly Day { get; init; }

    public int DayOrdinal { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public Guid? InviteeId { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? RewardedAt { get; set; }
}
