using Yunpan.Contracts.Plans;
using Yunpan.Contracts.Sharing;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Links;

namespace Yunpan.Sharing.Tests;

/// <summary>Tokens, settings and the plan rules of links (S-2, S-4, S-5, P-1's largest shared file).</summary>
public sealed class LinkRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static Entitlements Plan(long maxShared, params string[] capabilities) =>
        new("p", "Plan", 1L << 40, 1L << 30, maxShared, capabilities.ToHashSet(StringComparer.Ordinal));

    private static LinkSettings Settings(string? password = null, string? template = null, bool hide = false, bool forbidSave = false) =>
        LinkSettings.From(new CreateShareRequest("/f", password, Template: template, HideDescription: hide, ForbidSave: forbidSave), Now);

    [Fact]
    public void Tokens_carry_128_random_bits_in_url_safe_characters()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => LinkTokens.New()).ToList();
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t =>
        {
            Assert.Equal(22, t.Length); // 16 bytes in base64url without padding
            Assert.True(LinkTokens.IsWellFormed(t));
            Assert.Equal(t, Uri.EscapeDataString(t));
        });
        Assert.False(LinkTokens.IsWellFormed("../../etc/passwd000000"));
        Assert.False(LinkTokens.IsWellFormed("short"));
    }

    [Fact]
    public void Each_feature_needs_its_capability()
    {
        var standard = Plan(200);
        Assert.Equal(RightsGap.None, LinkRights.Check(Settings(), 200, standard));
        Assert.Equal(RightsGap.FileSize, LinkRights.Check(Settings(), 201, standard));
        Assert.Equal(RightsGap.Password, LinkRights.Check(Settings("1234"), 1, standard));
        Assert.Equal(RightsGap.Template, LinkRights.Check(Settings(template: ShareTemplates.Night), 1, standard));
        Assert.Equal(RightsGap.HideDescription, LinkRights.Check(Settings(hide: true), 1, standard));
        Assert.Equal(RightsGap.ForbidSave, LinkRights.Check(Settings(forbidSave: true), 1, standard));

        var vip = Plan(200, PlanCapabilities.EncryptedLinks, PlanCapabilities.FolderDownload);
        Assert.Equal(RightsGap.None, LinkRights.Check(Settings("1234"), 1, vip));
        Assert.Equal(RightsGap.ForbidSave, LinkRights.Check(Settings("1234", forbidSave: true), 1, vip));

        var supreme = Plan(200, PlanCapabilities.EncryptedLinks, PlanCapabilities.LinkTemplates, PlanCapabilities.HideDescription, PlanCapabilities.ForbidSave);
        Assert.Equal(RightsGap.None, LinkRights.Check(Settings("1234", ShareTemplates.Paper, hide: true, forbidSave: true), 200, supreme));
    }

    [Theory]
    [InlineData("123")]
    [InlineData("with space")]
    [InlineData("这是中文码")]
    [InlineData("123456789012345678901234567890123")]
    public void Refuses_codes_that_cannot_be_typed_or_guessed_too_easily(string code) =>
        Assert.Equal("invalid_link_password", Assert.Throws<Core.Errors.DomainException>(() => Settings(code)).Code);

    [Fact]
    public void Refuses_past_expiry_zero_limits_and_unknown_templates()
    {
        Assert.Throws<Core.Errors.DomainException>(() => LinkSettings.From(new CreateShareRequest("/f", ExpiresAt: Now), Now));
        Assert.Throws<Core.Errors.DomainException>(() => LinkSettings.From(new CreateShareRequest("/f", DownloadLimit: 0), Now));
        Assert.Throws<Core.Errors.DomainException>(() => Settings(template: "fancy"));
        Assert.Equal(ShareTemplates.Classic, Settings().Template);
        Assert.Equal(ShareTemplates.Night, Settings(template: " NIGHT ").Template);
    }
}
