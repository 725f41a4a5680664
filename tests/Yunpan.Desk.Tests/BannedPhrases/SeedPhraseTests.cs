using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Tests.BannedPhrases;

/// <summary>K-8 with the seeds' own lists: the phrases and disguised variants of them are caught, clean text is not.</summary>
public sealed class SeedPhraseTests
{
    private static readonly List<BannedPhrase> Seed = [.. BannedPhraseSeed.Rows(DateTimeOffset.UnixEpoch)];

    private static readonly PhraseMatcher<BannedPhraseEntry> Matcher =
        new(Seed.Select(p => (p.Normalized, new BannedPhraseEntry(p.Id, p.Phrase, p.Category, p.Suggestion))));

    private static List<BannedPhraseHit> Find(string text) => CheckText.Find(Matcher, text);

    [Fact]
    public void The_seed_has_every_category_and_unique_phrases()
    {
        Assert.True(Seed.Count >= 60, $"{Seed.Count} phrases");
        Assert.Equal(Enum.GetValues<BannedPhraseCategory>().Order(), Seed.Select(p => p.Category).Distinct().Order());
        Assert.Equal(Seed.Count, Seed.Select(p => p.Normalized).Distinct().Count());
        Assert.All(Seed, p => Assert.False(string.IsNullOrWhiteSpace(p.Suggestion)));
    }

    [Fact]
    public void Every_seed_phrase_is_found_as_written_and_disguised()
    {
        foreach (var phrase in Seed)
        {
            Assert.NotEmpty(Find("您好，" + phrase.Phrase + "。"));
            var spaced = string.Join(" ", phrase.Phrase.ToCharArray());
            Assert.Equal(phrase.Id, Assert.Single(Find(spaced)).Phrase.Id);
            var punctuated = string.Join("，", phrase.Phrase.ToCharArray());
            Assert.Equal(phrase.Id, Assert.Single(Find(punctuated)).Phrase.Id);
        }
    }

    [Fact]
    public void No_suggested_phrase_is_itself_banned()
    {
        // The replacement the refusal offers must go through.
        Assert.All(Seed, p => Assert.Empty(Find(p.Suggestion)));
    }

    [Theory]
    [InlineData("你问我，我问谁？", "你问我，我问谁")]
    [InlineData("你 问 我 我 问 谁", "你 问 我 我 问 谁")]
    [InlineData("你問我，我問誰！", "你問我，我問誰")]
    [InlineData("这是规定。", "这是规定")]
    [InlineData("這 是 規 定", "這 是 規 定")]
    [InlineData("公司就是这样规定的", "公司就是这样规定的")]
    [InlineData("这…不…关…我…的…事", "不…关…我…的…事")]
    [InlineData("ＢＹＥ，拜　拜", "拜　拜")]
    public void Marks_the_disguised_span_in_the_original_text(string text, string marked)
    {
        var hit = Find(text)[0];
        Assert.Equal(marked, text.Substring(hit.Start, hit.Length));
        Assert.Equal(marked, hit.Matched);
    }

    [Fact]
    public void Reports_every_phrase_once_longest_first_where_they_overlap()
    {
        var hits = Find("不行就是不行，这是规定！你问我我问谁？");
        Assert.Equal(["不行就是不行", "这是规定", "你问我，我问谁"], hits.Select(h => h.Phrase.Phrase).ToList());
        Assert.Equal(BannedPhraseCategory.Arrogant, hits[0].Phrase.Category);
    }

    [Theory]
    [InlineData("您好，很高兴为您服务！请问有什么可以帮助您？")]
    [InlineData("对不起，让您久等了，我将尽快帮您处理。")]
    [InlineData("您的文件已经恢复，祝您生活愉快！")]
    public void Standard_wording_passes(string text) => Assert.Empty(Find(text));
}
