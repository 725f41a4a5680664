using System.Globalization;

namespace Yunpan.Web.Tests.Infrastructure;

/// <summary>The browser against a server whose Standard plan holds 16 MiB, so that a member fills it in a few uploads.</summary>
public sealed class SmallPlanBrowser() : Browser(new Dictionary<string, string>
{
    ["Plans__Catalog__0__Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
})
{
    public const long Capacity = 16 * 1024 * 1024;
}
