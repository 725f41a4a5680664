using Yunpan.Sharing.Words;

namespace Yunpan.Sharing.Tests;

/// <summary>S-10: the match folds width, case, spaces and punctuation, so that the usual tricks do not slip through.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Gambling", "gambling")]
    [InlineData("ＧＡＭＢＬＩＮＧ", "gambling")] // full-width letters
    [InlineData("g a m b l i n g", "gambling")]
    [InlineData("g.a-m_b*l!i?n g", "gambling")]
    [InlineData("赌　博", "赌博")] // ideographic space
    [InlineData("赌，博。", "赌博")] // full-width punctuation
    [InlineData("赌\u200B博", "赌博")] // zero-width space
    [InlineData("ｇａｍ ｂｌｉｎｇ！", "gambling")]
    public void Folds_to_the_same_key(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Keeps_letters_and_digits_apart()
    {
        Assert.NotEqual(TextNormalizer.Normalize("gambling"), TextNormalizer.Normalize("gamb1ing"));
        Assert.Equal("报告2026", TextNormalizer.Normalize("报告 ２０２６"));
    }
}
