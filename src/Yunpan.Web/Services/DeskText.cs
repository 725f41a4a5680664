using System.Globalization;
using Microsoft.Extensions.Localization;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>The desk's wire names (kebab-case) as UI text: each has a resource "Prefix_wire-name", else the name itself.</summary>
public static class DeskText
{
    public static string Name(IStringLocalizer<Strings> l, string prefix, string? wire) =>
        wire is null ? "" : l[prefix + "_" + wire] is { ResourceNotFound: false } known ? known.Value : wire;

    /// <summary>A moment in the reader's time zone and culture.</summary>
    public static string When(DateTimeOffset at) => at.ToLocalTime().ToString("g", CultureInfo.CurrentCulture);
}
