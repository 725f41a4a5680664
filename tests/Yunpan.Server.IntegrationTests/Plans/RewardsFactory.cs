using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>Rewards with a redemption two sign-in days can pay for, so the yearly rule is reachable in a test.</summary>
public sealed class RewardsFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Rewards:RedemptionPoints"] = "20",
});
