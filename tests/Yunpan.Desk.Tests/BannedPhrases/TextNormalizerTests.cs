using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Tests.BannedPhrases;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("你问我，我问谁？", "你问我我问谁")]
    [InlineData("你 问 我 , 我-问-谁", "你问我我问谁")]
    [InlineData("你\u3000问\u200B我我问谁", "你问我我问谁")]
    [InlineData("你問我，我問誰", "你问我我问谁")]
    [InlineData("公司就是這樣規定的", "公司就是这样规定的")]
    [InlineData("ＡＢＣ１２３ Hello", "abc123hello")]
    [InlineData("“这是规定！”……", "这是规定")]
    public void Folds_width_case_script_and_drops_spacing_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text).Text);

    [Fact]
    public void Keeps_where_every_character_came_from()
    {
        var text = "好的。你 問 我，我問誰";
        var normalized = TextNormalizer.Normalize(text);
        Assert.Equal("好的你问我我问谁", normalized.Text);
        var (start, length) = normalized.OriginalSpan(2, 6);
        Assert.Equal("你 問 我，我問誰", text.Substring(start, length));
    }

    [Fact]
    public void Folding_is_idempotent_for_every_character_in_the_map()
    {
        // A folded character must not fold again, or one word would normalize two ways.
        Assert.True(TraditionalChinese.Count > 2500, $"only {TraditionalChinese.Count} characters in the map");
        for (var c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            var once = TraditionalChinese.Fold(c);
            Assert.Equal(once, TraditionalChinese.Fold(once));
        }
    }

    [Fact]
    public void Covers_every_traditional_character_of_the_seed_phrases()
    {
        // Seed 001 is written in traditional characters; each of its phrases must fold to the simplified spelling.
        var pairs = new Dictionary<string, string>
        {
            ["還有比你更倒霉的呢"] = "还有比你更倒霉的呢",
            ["公司就是這樣規定的"] = "公司就是这样规定的",
            ["您要去問別人"] = "您要去问别人",
            ["這不是我們的事"] = "这不是我们的事",
            ["你弄錯了"] = "你弄错了",
            ["我們的政策是"] = "我们的政策是",
            ["一分錢一分貨"] = "一分钱一分货",
            ["你別激動嘛"] = "你别激动嘛",
            ["絕對不可能"] = "绝对不可能",
            ["這是常有的事"] = "这是常有的事",
        };
        foreach (var (traditional, simplified) in pairs)
        {
            Assert.Equal(simplified, TextNormalizer.Phrase(traditional));
        }
    }
}
