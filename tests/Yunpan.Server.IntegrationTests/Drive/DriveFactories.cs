using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>Small limits so that oversize and over-quota uploads are cheap: 1 MiB plain uploads, 2 MB Standard plan.</summary>
public sealed class SmallLimitsFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Drive:SimpleUploadLimit"] = SimpleUploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Plans:Catalog:0:Capacity"] = Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const long SimpleUploadLimit = 1024 * 1024;
    public const long Capacity = 2_000_000;
}

/// <summary>Keeps only three earlier contents per file.</summary>
public sealed class FewVersionsFactory() : YunpanFactory(new Dictionary<string, string?> { ["Drive:MaxVersions"] = MaxVersions.ToString(System.Globalization.CultureInfo.InvariantCulture) })
{
    public const int MaxVersions = 3;
}
