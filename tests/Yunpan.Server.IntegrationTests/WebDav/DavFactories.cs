using System.Globalization;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>A Standard plan of 3 MB that takes files of up to 2 MB, so that 413 and 507 are cheap to reach.</summary>
public sealed class SmallPlanFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Plans:Catalog:0:Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
    ["Plans:Catalog:0:MaxUpload"] = MaxUpload.ToString(CultureInfo.InvariantCulture),
})
{
    public const long Capacity = 3_000_000;
    public const long MaxUpload = 2_000_000;
}
