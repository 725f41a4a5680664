using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Plans;

/// <summary>An installation with the sandbox payment provider (development and tests only), whose Standard plan
/// holds 100 KB so that a lapsed plan leaves a drive over quota with little data.</summary>
public sealed class SandboxFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Payments:Provider"] = "sandbox",
    ["Payments:SandboxSecret"] = Secret,
    ["Plans:ExpirySweepInterval"] = "1.00:00:00",
    ["Plans:Catalog:0:Capacity"] = "100000",
})
{
    public const string Secret = "sandbox-secret-for-the-tests";
}
