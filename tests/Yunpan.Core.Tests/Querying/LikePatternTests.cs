using Yunpan.Core.Querying;

namespace Yunpan.Core.Tests.Querying;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("abc", "%abc%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("C:\\x", "%C:\\\\x%")]
    public void Escapes_the_wildcards_and_the_escape_itself(string text, string pattern) => Assert.Equal(pattern, LikePattern.Contains(text));

    [Theory]
    [InlineData("plain", true)]
    [InlineData("a\0b", false)]
    [InlineData("tab\there", false)]
    public void Refuses_control_characters(string text, bool searchable) => Assert.Equal(searchable, LikePattern.IsSearchable(text));
}
