using Bunit;
using Yunpan.Contracts.Accounts;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

public sealed class QuotaBarTests : ComponentTest
{
    private const long GiB = 1024L * 1024 * 1024;

    [Fact]
    public void Shows_the_plan_what_is_used_and_by_what()
    {
        var bar = RenderWith(new QuotaDto(Used: GiB + (GiB / 2), Total: 5 * GiB, Files: GiB, Versions: GiB / 4, Trash: GiB / 4, Uploads: 0));

        Assert.Equal("Standard", bar.Find("[data-testid=plan-name]").TextContent);
        Assert.Equal("1.5 GB of 5 GB used", bar.Find("[data-testid=quota-used]").TextContent);
        Assert.Contains("Files 1 GB · versions 256 MB · trash 256 MB", bar.Markup, StringComparison.Ordinal);
        Assert.Equal("ok", bar.Find("[data-testid=quota]").GetAttribute("data-level"));
        Assert.Empty(bar.FindAll("[data-testid=quota-full]"));
    }

    [Theory]
    [InlineData(90, "ok")]
    [InlineData(91, "nearly-full")]
    [InlineData(99, "nearly-full")]
    [InlineData(100, "full")]
    [InlineData(130, "full")]
    public void Warns_past_90_percent_and_says_what_to_do_once_full(int percent, string level)
    {
        var bar = RenderWith(new QuotaDto(Used: percent * GiB, Total: 100 * GiB, Files: percent * GiB, Versions: 0, Trash: 0, Uploads: 0));

        Assert.Equal(level, bar.Find("[data-testid=quota]").GetAttribute("data-level"));
        Assert.Equal(level == "full", bar.FindAll("[data-testid=quota-full]").Count == 1);
    }

    [Fact]
    public void Over_quota_after_a_plan_ran_out_the_bar_stops_at_full_and_the_numbers_tell_the_truth()
    {
        var bar = RenderWith(new QuotaDto(Used: 8 * GiB, Total: 5 * GiB, Files: 8 * GiB, Versions: 0, Trash: 0, Uploads: 0));

        Assert.Equal("8 GB of 5 GB used", bar.Find("[data-testid=quota-used]").TextContent);
        Assert.Contains("uploads are refused", bar.Find("[data-testid=quota-full]").TextContent, StringComparison.Ordinal);
        Assert.Equal("100", bar.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public async Task Follows_the_member_when_the_quota_changes()
    {
        var bar = RenderWith(new QuotaDto(Used: GiB, Total: 5 * GiB, Files: GiB, Versions: 0, Trash: 0, Uploads: 0));

        Api.Answer("GET", "/api/v1/me", Me(new QuotaDto(Used: 5 * GiB, Total: 5 * GiB, Files: 5 * GiB, Versions: 0, Trash: 0, Uploads: 0)));
        await Service<CurrentMember>().RefreshAsync();

        bar.WaitForAssertion(() => Assert.Equal("full", bar.Find("[data-testid=quota]").GetAttribute("data-level")));
    }

    private IRenderedComponent<QuotaBar> RenderWith(QuotaDto quota)
    {
        Api.Answer("GET", "/api/v1/me", Me(quota));
        Service<CurrentMember>().RefreshAsync().GetAwaiter().GetResult();
        return Render<QuotaBar>();
    }

    private static MeResponse Me(QuotaDto quota) =>
        new(Guid.NewGuid(), "me@example.com", true, null, false, "standard", "Standard", quota, 4L * 1024 * 1024 * 1024, [], DateTimeOffset.UnixEpoch);
}
