using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Yunpan.Client;
using Yunpan.Contracts.Errors;
using Yunpan.Web.Resources;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

/// <summary>What a failed call tells the member, in English and in Chinese.</summary>
public sealed class ErrorTextTests
{
    /// <summary>For every code with details, a refusal as the server writes it: the members are its wire names.</summary>
    private static readonly Dictionary<string, string> FullProblems = new(StringComparer.Ordinal)
    {
        [ErrorCodes.FileTooLarge] = """{"limit":4294967296,"plan":"free"}""",
        [ErrorCodes.LinkFileTooLarge] = """{"limit":1073741824,"plan":"free"}""",
        [ErrorCodes.BusinessTrafficUsedUp] = """{"remaining":1048576,"needed":5242880}""",
        [ErrorCodes.QuotaExceeded] = """{"used":6291456,"total":16777216,"needed":12582912,"toFree":2097152}""",
        [ErrorCodes.PointsInsufficient] = """{"points":40,"cost":100}""",
        [ErrorCodes.RedeemedThisYear] = """{"availableAt":"2026-03-01T00:00:00+00:00"}""",
        [ErrorCodes.AccountLocked] = """{"lockedUntil":"2026-03-01T10:15:00+00:00"}""",
        [ErrorCodes.PlanDowngrade] = """{"currentPlan":"supreme","currentPlanEnds":"2026-09-30T00:00:00+00:00"}""",
        [ErrorCodes.SensitiveWords] = """{"field":"title","words":["spam","scam"]}""",
        [ErrorCodes.BannedPhrase] = """{"matched":"不知道","suggestion":"我帮您查一下"}""",
        [ErrorCodes.RateLimited] = "{}",
    };

    private readonly IStringLocalizer<Strings> _text =
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<Strings>>();

    [Theory]
    [InlineData(Culture.English, "Another agent has already taken this case.")]
    [InlineData(Culture.Chinese, "该工单已被其他客服接手。")]
    public void A_known_code_reads_in_the_members_language(string culture, string expected)
    {
        Speak(culture);

        Assert.Equal(expected, ErrorText.For(_text, Refusal(ErrorCodes.CaseTaken, """{"ownerId":"0197c5a0-0000-7000-8000-000000000000"}""")));
    }

    [Theory]
    [InlineData(Culture.English, "Not enough space: this needs 12 MB but 10 MB is left of 16 MB. Free 2 MB (delete files or empty the trash) or choose a larger plan.")]
    [InlineData(Culture.Chinese, "空间不足：需要 12 MB，仅剩 10 MB（共 16 MB）。请释放 2 MB（删除文件或清空回收站），或选择更大的套餐。")]
    public void Sizes_the_refusal_carries_are_said_as_the_app_says_sizes(string culture, string expected)
    {
        Speak(culture);

        Assert.Equal(expected, ErrorText.For(_text, Refusal(ErrorCodes.QuotaExceeded, FullProblems[ErrorCodes.QuotaExceeded])));
    }

    [Theory]
    [InlineData(Culture.English, "Too many attempts. Please try again in 2 min.")]
    [InlineData(Culture.Chinese, "操作过于频繁，请 2 分钟后再试。")]
    public void A_rate_limit_says_how_long_to_wait_in_whole_minutes(string culture, string expected)
    {
        Speak(culture);

        Assert.Equal(expected, ErrorText.For(_text, Refusal(ErrorCodes.RateLimited, "{}", TimeSpan.FromSeconds(61))));
    }

    [Theory]
    [InlineData(Culture.English, "The file is larger than your plan accepts. A larger plan accepts larger files.")]
    [InlineData(Culture.Chinese, "文件超过了当前套餐的单文件大小上限，升级套餐可上传更大的文件。")]
    public void A_refusal_without_its_numbers_reads_without_them(string culture, string expected)
    {
        Speak(culture);

        Assert.Equal(expected, ErrorText.For(_text, Refusal(ErrorCodes.FileTooLarge, """{"plan":"free"}""")));
        Assert.Equal(expected, ErrorText.For(_text, Refusal(ErrorCodes.FileTooLarge, problem: null)));
    }

    [Theory]
    [InlineData(Culture.English)]
    [InlineData(Culture.Chinese)]
    public void Every_refusal_with_all_its_details_reads_without_raw_placeholders(string culture)
    {
        Speak(culture);

        Assert.Equal(ErrorDetails.Codes.Order(StringComparer.Ordinal), FullProblems.Keys.Order(StringComparer.Ordinal));
        Assert.All(FullProblems, problem =>
        {
            var refusal = Refusal(problem.Key, problem.Value, TimeSpan.FromSeconds(30));
            var text = ErrorText.For(_text, refusal);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.NotEqual(_text["Error_" + problem.Key].Value, text);
        });
    }

    [Theory]
    [InlineData(Culture.English)]
    [InlineData(Culture.Chinese)]
    public void A_code_this_app_does_not_know_shows_the_servers_message(string culture)
    {
        Speak(culture);

        Assert.Equal("Something new went wrong.", ErrorText.For(_text, Refusal("code_from_a_newer_server", problem: null)));
    }

    [Theory]
    [InlineData(Culture.English, "No member has that e-mail address or phone number.")]
    [InlineData(Culture.Chinese, "找不到相关内容，可能已被移动或删除，请刷新后重试。")]
    public void A_code_of_many_refusals_keeps_the_servers_exact_words_for_an_english_reader(string culture, string expected)
    {
        Speak(culture);

        var refusal = new YunpanApiException(HttpStatusCode.NotFound, ErrorCodes.NotFound, "No member has that e-mail address or phone number.");
        Assert.Equal(expected, ErrorText.For(_text, refusal));
    }

    [Theory]
    [InlineData(Culture.English, "The server could not be reached. Check your connection and try again.")]
    [InlineData(Culture.Chinese, "无法连接服务器，请检查网络后重试。")]
    public void A_network_failure_says_the_server_could_not_be_reached(string culture, string expected)
    {
        Speak(culture);

        Assert.Equal(expected, ErrorText.For(_text, new HttpRequestException("Connection refused")));
    }

    private static void Speak(string culture) =>
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);

    private static YunpanApiException Refusal(string code, string? problem, TimeSpan? retryAfter = null)
    {
        JsonElement? body = problem is null ? null : JsonDocument.Parse(problem).RootElement.Clone();
        return new YunpanApiException(HttpStatusCode.BadRequest, code, "Something new went wrong.", body, retryAfter);
    }
}
