using System.ComponentModel.DataAnnotations;

namespace Yunpan.Plans.Rewards;

/// <summary>Configuration section <c>Rewards</c>: points, check-in, invitations and starter tasks (SPEC R-1…R-4).</summary>
public sealed class RewardsOptions
{
    public const string Section = "Rewards";

    /// <summary>Points for the first sign-in of a day .</summary>
    [Range(0, 1_000_000)]
    public int SignInPoints { get; set; } = 10;

    /// <summary>Points one redemption costs, what it grants and for how long (R-1: 45 000 points → 30 GB for a year).</summary>
    [Range(1, int.MaxValue)]
    public int RedemptionPoints { get; set; } = 45_000;

    [Range(1, long.MaxValue)]
    public long RedemptionBytes { get; set; } = 30L << 30;

    [Range(1, 3650)]
    public int RedemptionDays { get; set; } = 365;

    /// <summary>The smallest daily check-in bonus and the Pareto tail index of the draw above it: the bonus is
    /// minimum × U^(−1/index) for U uniform in (0, 1], so half of all check-ins give at most minimum × 2^(1/index) and
    /// one in 10^index gives ten times the minimum or more — there is no upper bound.</summary>
    [Range(1, long.MaxValue)]
    public long CheckInMinimumBytes { get; set; } = 8L << 20;

    [Range(1.01, 20.0)]
    public double CheckInTailIndex { get; set; } = 2.5;

    /// <summary>Invitations: how many a member may issue a day and in all, and what a verified invitee earns the inviter.</summary>
    [Range(0, 1000)]
    public int InvitationsPerDay { get; set; } = 5;

    [Range(0, 10_000)]
    public int InvitationsTotal { get; set; } = 20;

    [Range(0, long.MaxValue)]
    public long InvitationBytes { get; set; } = 1L << 30;

    /// <summary>Starter tasks, each granted once. The defaults make 15 GB of desktop tasks and 19 GB of mobile and
    /// web tasks: 34 GB in all. Replacing the list in configuration replaces it entirely.</summary>
    public List<StarterTask> Tasks { get; set; } = [];
}
