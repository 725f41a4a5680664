using System.Text;
using Yunpan.Core.Naming;
using Yunpan.Drive.Tree;

namespace Yunpan.Drive.Tests.Tree;

public sealed class ConflictNamesTests
{
    [Theory]
    [InlineData("a.txt", false, 1, "a (1).txt")]
    [InlineData("a.txt", false, 2, "a (2).txt")]
    [InlineData("report.final.pdf", false, 1, "report.final (1).pdf")]
    [InlineData("archive.tar.gz", false, 1, "archive.tar (1).gz")]
    [InlineData("README", false, 1, "README (1)")]
    [InlineData(".bashrc", false, 1, ".bashrc (1)")] // a dotfile has no extension
    [InlineData(".config.json", false, 1, ".config (1).json")]
    [InlineData("photos", true, 1, "photos (1)")]
    [InlineData("v1.2", true, 1, "v1.2 (1)")] // folders keep their dots
    [InlineData(".git", true, 3, ".git (3)")]
    [InlineData("a (1).txt", false, 1, "a (1) (1).txt")]
    [InlineData("名字.txt", false, 12, "名字 (12).txt")]
    public void Candidates_go_before_the_extension(string name, bool isFolder, int n, string expected)
    {
        Assert.Equal(expected, ConflictNames.Candidate(name, isFolder, n));
    }

    [Theory]
    [InlineData("a.txt", false, "a")]
    [InlineData(".bashrc", false, ".bashrc")]
    [InlineData("v1.2", true, "v1.2")]
    [InlineData("v1.2", false, "v1")]
    public void The_stem_is_what_every_candidate_starts_with(string name, bool isFolder, string stem)
    {
        Assert.Equal(stem, ConflictNames.Stem(name, isFolder));
        for (var n = 1; n <= 12; n++)
        {
            Assert.StartsWith(stem + " (", ConflictNames.Candidate(name, isFolder, n), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Next_skips_taken_names()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "a.txt", "a (1).txt", "a (2).txt", "a (4).txt" };
        Assert.Equal("a (3).txt", ConflictNames.Next("a.txt", isFolder: false, taken.Contains));
        Assert.Equal("a (1).txt", ConflictNames.Next("a.txt", isFolder: false, _ => false));
        Assert.Equal("photos (2)", ConflictNames.Next("photos", isFolder: true, c => c == "photos (1)"));
    }

    [Fact]
    public void Next_is_case_sensitive_like_the_tree()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "A (1).txt" };
        Assert.Equal("a (1).txt", ConflictNames.Next("a.txt", isFolder: false, taken.Contains));
    }

    public static TheoryData<string, bool> LongNames => new()
    {
        { new string('a', 255), false },
        { new string('a', 251) + ".txt", false },
        { new string('a', 250), true },
        { new string('a', 243), false },
        { "x." + new string('e', 253), false }, // an extension too long to keep
        { new string('中', 83) + ".md", false },
        { string.Concat(Enumerable.Repeat("😀", 63)) + ".z", false },
        { string.Concat(Enumerable.Repeat("e\u0301", 127)), true }, // NFC: 127 × "é", 254 bytes
    };

    [Theory]
    [MemberData(nameof(LongNames))]
    public void Candidates_of_long_names_stay_valid_names(string name, bool isFolder)
    {
        name = NodeName.Normalize(name);
        var stem = ConflictNames.Stem(name, isFolder);
        foreach (var n in new[] { 1, 9, 10, 99, 12345, int.MaxValue })
        {
            var candidate = ConflictNames.Candidate(name, isFolder, n);
            Assert.True(NodeName.Problem(candidate) is null, $"'{candidate}' ({Encoding.UTF8.GetByteCount(candidate)} bytes): {NodeName.Problem(candidate)}");
            Assert.StartsWith(stem + " (", candidate, StringComparison.Ordinal);
            Assert.Equal(candidate, candidate.Normalize(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void Long_names_lose_the_end_of_the_stem_but_keep_the_extension()
    {
        var candidate = ConflictNames.Candidate(new string('a', 251) + ".txt", isFolder: false, 1);
        Assert.EndsWith(" (1).txt", candidate, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(candidate) <= NodeName.MaxBytes);

        // Multi-byte characters are never cut in half.
        var cjk = ConflictNames.Candidate(new string('中', 85), isFolder: true, 1);
        Assert.Equal(new string('中', 80) + " (1)", cjk);
    }

    [Fact]
    public void Short_names_are_untouched()
    {
        var name = new string('a', 238) + ".txt"; // 242 bytes: room for " (" + 10 digits + ")"
        Assert.Equal(new string('a', 238) + " (1).txt", ConflictNames.Candidate(name, isFolder: false, 1));
    }
}
