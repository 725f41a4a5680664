using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk.Tests.BannedPhrases;

public sealed class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] patterns) => new(patterns.Select(p => (p, p)));

    [Fact]
    public void Finds_every_occurrence_including_overlaps_and_suffixes()
    {
        var found = Matcher("he", "she", "his", "hers").FindAll("ushers");
        Assert.Equal([(1, "she"), (2, "he"), (2, "hers")], found.Select(m => (m.Start, m.Value)).ToList());
    }

    [Fact]
    public void Follows_failure_links_across_partial_matches()
    {
        var found = Matcher("abcd", "bce", "c").FindAll("xabcex");
        Assert.Equal([(3, "c"), (2, "bce")], found.Select(m => (m.Start, m.Value)).ToList());
    }

    [Fact]
    public void Agrees_with_a_naive_search_on_random_text()
    {
        var random = new Random(7);
        var alphabet = "不是我的错你问谁这规定";
        string Random(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var patterns = Enumerable.Range(0, 300).Select(_ => Random(random.Next(1, 6))).Distinct().ToArray();
        var text = Random(2000);

        var expected = (from p in patterns
                        from i in Enumerable.Range(0, text.Length - p.Length + 1)
                        where string.CompareOrdinal(text, i, p, 0, p.Length) == 0
                        select (i, p)).OrderBy(x => x.i).ThenBy(x => x.p, StringComparer.Ordinal).ToList();
        var actual = Matcher(patterns).FindAll(text).Select(m => (m.Start, m.Value)).OrderBy(x => x.Start).ThenBy(x => x.Value, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_empty_list_finds_nothing() => Assert.Empty(Matcher().FindAll("anything"));
}
