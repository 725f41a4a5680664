using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Help;

namespace Yunpan.Desk.Tests.Help;

/// <summary>K-11: the seeded knowledge base, and which article a ticket being typed brings up first.</summary>
public sealed class HelpArticleSeedTests
{
    private static readonly List<HelpArticle> Articles = [.. HelpArticleSeed.Rows(DateTimeOffset.UnixEpoch)];

    [Fact]
    public void Every_seed_problem_is_there_in_both_languages()
    {
        string[] problems = ["download-stuck", "link-download", "large-upload", "upload-stops", "client-wont-start"];
        foreach (var slug in problems)
        {
            Assert.Contains(Articles, a => a.Slug == slug && a.Language == HelpLanguages.Chinese);
            Assert.Contains(Articles, a => a.Slug == slug && a.Language == HelpLanguages.English);
        }

        Assert.All(Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Title + a.Summary + a.Keywords + a.Body)));
    }

    [Theory]
    [InlineData("zh-CN", "下载到99%就不动了，一直卡着", "download-stuck")]
    [InlineData("zh-CN", "文件上传到一半就停了", "upload-stops")]
    [InlineData("zh-CN", "想上传一个超过100M的大文件，总是失败", "large-upload")]
    [InlineData("zh-CN", "朋友分享的外链下载不了", "link-download")]
    [InlineData("zh-CN", "同步客户端无法启动", "client-wont-start")]
    [InlineData("zh-CN", "下載到99%就卡住", "download-stuck")]
    [InlineData("en", "My download is stuck at 99%", "download-stuck")]
    [InlineData("en", "The upload stopped halfway", "upload-stops")]
    [InlineData("en", "the share link will not download, it says expired", "link-download")]
    public void The_best_fitting_article_ranks_first(string language, string ticket, string expected)
    {
        var text = TextNormalizer.Phrase(ticket);
        var best = Articles.Where(a => a.Language == language)
            .Select(a => (a.Slug, Score: SuggestArticles.Score(text, a.Keywords, a.Title)))
            .OrderByDescending(r => r.Score).First();
        Assert.Equal(expected, best.Slug);
        Assert.True(best.Score > 0);
    }

    [Fact]
    public void Unrelated_text_suggests_nothing() =>
        Assert.All(Articles, a => Assert.Equal(0, SuggestArticles.Score(TextNormalizer.Phrase("发票抬头怎么写"), a.Keywords, a.Title)));
}
