using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Naming;

namespace Yunpan.Core.Tests.Naming;

public sealed class DrivePathTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("//")]
    [InlineData("///")]
    public void Empty_text_is_the_root(string? text)
    {
        var path = DrivePath.Parse(text);
        Assert.True(path.IsRoot);
        Assert.Equal(DrivePath.Root, path);
        Assert.Equal("/", path.Value);
        Assert.Equal("", path.Stored);
        Assert.Equal("", path.Name);
        Assert.Empty(path.Segments);
    }

    [Theory]
    [InlineData("a/b", "/a/b")]
    [InlineData("/a/b", "/a/b")]
    [InlineData("/a/b/", "/a/b")]
    [InlineData("a/b/", "/a/b")]
    [InlineData("//a/b//", "/a/b")]
    [InlineData("/名字/文件.txt", "/名字/文件.txt")]
    public void Leading_and_trailing_slashes_are_optional(string text, string value)
    {
        var path = DrivePath.Parse(text);
        Assert.Equal(value, path.Value);
        Assert.Equal(value, path.Stored);
        Assert.Equal(value, path.ToString());
    }

    [Fact]
    public void Segments_name_and_parent()
    {
        var path = DrivePath.Parse("/docs/2026/report.pdf");
        Assert.Equal(["docs", "2026", "report.pdf"], path.Segments);
        Assert.Equal("report.pdf", path.Name);
        Assert.False(path.IsRoot);
        Assert.Equal("/docs/2026", path.Parent.Value);
        Assert.Equal("/docs", path.Parent.Parent.Value);
        Assert.Same(DrivePath.Root.Parent, DrivePath.Root);
        Assert.True(path.Parent.Parent.Parent.IsRoot);
        Assert.Equal("", path.Parent.Parent.Parent.Stored);
    }

    [Fact]
    public void Child_appends_a_validated_normalized_name()
    {
        Assert.Equal("/a", DrivePath.Root.Child("a").Value);
        Assert.Equal("/a/b.txt", DrivePath.Parse("/a").Child("b.txt").Value);
        Assert.Equal("/a/Caf\u00e9", DrivePath.Parse("/a").Child("Cafe\u0301").Value);
        foreach (var bad in new[] { "", ".", "..", "b/c", "b\\c", "x\0", "x." })
        {
            var e = Assert.Throws<DomainException>(() => DrivePath.Parse("/a").Child(bad));
            Assert.Equal(ErrorCodes.InvalidName, e.Code);
        }
    }

    [Fact]
    public void Paths_compare_by_value_after_normalization()
    {
        var nfc = DrivePath.Parse("/a/Caf\u00e9");
        var nfd = DrivePath.Parse("a/Cafe\u0301/");
        Assert.Equal(nfc, nfd);
        Assert.True(nfc.Equals((object)nfd));
        Assert.Equal(nfc.GetHashCode(), nfd.GetHashCode());
        Assert.NotEqual(DrivePath.Parse("/A"), DrivePath.Parse("/a")); // case is kept; a member can have both
        Assert.False(nfc.Equals(null));
        Assert.False(nfc.Equals("/a/Caf\u00e9"));
    }

    [Theory]
    [InlineData("a//b")]
    [InlineData("/a//b/")]
    public void Empty_segments_are_refused(string text)
    {
        AssertInvalidPath(() => DrivePath.Parse(text));
        AssertInvalidPath(() => DrivePath.ParseEncoded(text));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("/..")]
    [InlineData("../etc/passwd")]
    [InlineData("/a/../b")]
    [InlineData("/a/..")]
    [InlineData(".")]
    [InlineData("/a/./b")]
    [InlineData("a\\b")]
    [InlineData("\\etc\\passwd")]
    [InlineData("..\\..\\windows")]
    [InlineData("/a/b\\..\\c")]
    public void Traversal_forms_are_refused_as_invalid_path(string text)
    {
        AssertInvalidPath(() => DrivePath.Parse(text));
        AssertInvalidPath(() => DrivePath.ParseEncoded(text));
    }

    [Theory]
    [InlineData("/a\0b")]
    [InlineData("/a/b.")]
    [InlineData("/a /b")]
    [InlineData("/a/\u001b")]
    public void Invalid_names_inside_a_path_are_invalid_name(string text)
    {
        var e = Assert.Throws<DomainException>(() => DrivePath.Parse(text));
        Assert.Equal(ErrorCodes.InvalidName, e.Code);
        Assert.Equal(400, e.Status);
    }

    [Fact]
    public void Parse_takes_percent_signs_literally()
    {
        // Text from a JSON body is not URL-encoded: "%2F" is three characters of a name.
        Assert.Equal(["a%2Fb"], DrivePath.Parse("/a%2Fb").Segments);
        Assert.Equal(["100%"], DrivePath.Parse("/100%").Segments);
        Assert.Equal(["%2e%2e"], DrivePath.Parse("/%2e%2e").Segments);
        Assert.Equal(["a%20b"], DrivePath.Parse("a%20b").Segments);
    }

    [Theory]
    [InlineData("a%20b", "a b")]
    [InlineData("%E5%90%8D%E5%AD%97.txt", "名字.txt")]
    [InlineData("%e5%90%8d%e5%ad%97.txt", "名字.txt")] // lower-case hex
    [InlineData("caf%C3%A9", "caf\u00e9")]
    [InlineData("cafe%CC%81", "caf\u00e9")] // NFD on the wire, NFC stored
    [InlineData("%F0%9F%98%80", "😀")]
    [InlineData("100%25", "100%")]
    [InlineData("a+b", "a+b")] // '+' is not a space in a path
    [InlineData("%2e%2e%2e%61", "...a")]
    [InlineData("%41", "A")]
    [InlineData("plain", "plain")]
    [InlineData("%2541", "%41")] // decoded once, never twice
    public void ParseEncoded_decodes_each_segment(string segment, string name)
    {
        Assert.Equal([name], DrivePath.ParseEncoded(segment).Segments);
        Assert.Equal(["x", name, "y"], DrivePath.ParseEncoded($"/x/{segment}/y").Segments);
    }

    [Theory]
    [InlineData("a%2Fb")]
    [InlineData("a%2fb")]
    [InlineData("%2F")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("..%2F..%2Fetc")]
    [InlineData("a%5Cb")]
    [InlineData("a%5cb")]
    [InlineData("%5C")]
    [InlineData("..%5C..%5Cwindows")]
    [InlineData("%2e%2e")]
    [InlineData("%2E%2E")]
    [InlineData(".%2e")]
    [InlineData("%2e")]
    public void Encoded_separators_and_dots_are_refused(string segment)
    {
        AssertInvalidPath(() => DrivePath.ParseEncoded(segment));
        AssertInvalidPath(() => DrivePath.ParseEncoded($"/docs/{segment}/x"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("a%")]
    [InlineData("a%2")]
    [InlineData("%zz")]
    [InlineData("%G0")]
    [InlineData("%0G")]
    [InlineData("%%32%46")]
    [InlineData("%-1")]
    [InlineData("% 2F")]
    [InlineData("%２F")] // full-width digit: not ASCII hex
    public void Malformed_escapes_are_refused(string segment)
    {
        var e = AssertInvalidPath(() => DrivePath.ParseEncoded(segment));
        Assert.Contains("percent-encoding", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%FF")]
    [InlineData("%C3")] // truncated two-byte sequence
    [InlineData("%C3%28")]
    [InlineData("%C0%AF")] // overlong '/'
    [InlineData("%C0%AE%C0%AE")] // overlong ".."
    [InlineData("%E0%80%AF")]
    [InlineData("%ED%A0%80")] // an encoded surrogate (CESU-8)
    [InlineData("%F4%90%80%80")] // beyond U+10FFFF
    [InlineData("%80")]
    public void Invalid_utf8_after_decoding_is_refused(string segment)
    {
        var e = AssertInvalidPath(() => DrivePath.ParseEncoded(segment));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%00")]
    [InlineData("a%00b")]
    [InlineData("a%0Ab")]
    [InlineData("a%7F")]
    [InlineData("a%20")] // trailing space once decoded
    [InlineData("a.%20")]
    [InlineData("a%2E")] // trailing dot once decoded
    [InlineData("a%EF%BF%BE")] // U+FFFE, which the normalizer refuses
    public void Decoded_segments_follow_the_name_rules(string segment)
    {
        var e = Assert.Throws<DomainException>(() => DrivePath.ParseEncoded(segment));
        Assert.Equal(ErrorCodes.InvalidName, e.Code);
    }

    [Fact]
    public void An_encoded_slash_at_either_end_is_not_trimmed_away()
    {
        // Only literal slashes separate segments; "%2F" at the edge would otherwise hide an absolute path.
        AssertInvalidPath(() => DrivePath.ParseEncoded("%2Fa"));
        AssertInvalidPath(() => DrivePath.ParseEncoded("a%2F"));
    }

    [Fact]
    public void Depth_is_limited()
    {
        var deepest = string.Join('/', Enumerable.Repeat("d", DrivePath.MaxDepth));
        Assert.Equal(DrivePath.MaxDepth, DrivePath.Parse(deepest).Segments.Count);
        Assert.Equal(DrivePath.MaxDepth, DrivePath.ParseEncoded(deepest).Segments.Count);

        var tooDeep = deepest + "/d";
        Assert.Contains("deep", AssertInvalidPath(() => DrivePath.Parse(tooDeep)).Message, StringComparison.Ordinal);
        AssertInvalidPath(() => DrivePath.ParseEncoded(tooDeep));
    }

    [Fact]
    public void Length_is_limited()
    {
        // 16 segments of 255 characters, each with its '/', are exactly 4096 characters.
        var longest = "/" + string.Join('/', Enumerable.Repeat(new string('n', 255), 16));
        Assert.Equal(DrivePath.MaxLength, longest.Length);
        Assert.Equal(DrivePath.MaxLength, DrivePath.Parse(longest).Value.Length);

        var tooLong = longest + "/x";
        Assert.Contains("long", AssertInvalidPath(() => DrivePath.Parse(tooLong)).Message, StringComparison.Ordinal);
        AssertInvalidPath(() => DrivePath.ParseEncoded(tooLong));
    }

    [Fact]
    public void The_length_limit_counts_decoded_text()
    {
        // 16 × 85 CJK characters: 255 bytes per name, 1376 characters in all, but 12 000+ characters encoded.
        var name = new string('中', 85);
        var encoded = "/" + string.Join('/', Enumerable.Repeat(Uri.EscapeDataString(name), 16));
        Assert.True(encoded.Length > DrivePath.MaxLength);
        Assert.Equal(16, DrivePath.ParseEncoded(encoded).Segments.Count);
    }

    [Fact]
    public void Absurdly_long_input_is_refused_before_any_work()
    {
        var huge = new string('a', (DrivePath.MaxLength * 3) + 1);
        AssertInvalidPath(() => DrivePath.Parse(huge));
        AssertInvalidPath(() => DrivePath.ParseEncoded(huge));
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a/b/c", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/a", "/", true)]
    [InlineData("/", "/", true)]
    [InlineData("/ab", "/a", false)] // a name prefix is not a parent
    [InlineData("/a.txt", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/", "/a", false)]
    [InlineData("/b/a", "/a", false)]
    [InlineData("/A/b", "/a", false)]
    public void IsSameOrBelow_compares_whole_segments(string path, string ancestor, bool expected)
    {
        Assert.Equal(expected, DrivePath.Parse(path).IsSameOrBelow(DrivePath.Parse(ancestor)));
    }

    private static DomainException AssertInvalidPath(Func<DrivePath> parse)
    {
        var e = Assert.Throws<DomainException>(() => parse());
        Assert.Equal(ErrorCodes.InvalidPath, e.Code);
        Assert.Equal(400, e.Status);
        return e;
    }
}
