using System.Text;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Naming;

namespace Yunpan.Core.Tests.Naming;

public sealed class NodeNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("report.pdf")]
    [InlineData(".bashrc")]
    [InlineData("..hidden")]
    [InlineData("a.b.c")]
    [InlineData(" leading space")]
    [InlineData("in between")]
    [InlineData("名字.txt")]
    [InlineData("emoji 😀")]
    [InlineData("100%")]
    [InlineData("a%2Fb")]
    [InlineData("C:")]
    [InlineData("...a")]
    public void Accepts_ordinary_names(string name)
    {
        Assert.Null(NodeName.Problem(name));
        Assert.Equal(name, NodeName.Normalize(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Refuses_empty_names(string? name)
    {
        Assert.Equal("A name cannot be empty.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void Refuses_dot_and_dot_dot(string name)
    {
        Assert.Equal("'.' and '..' are not names.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("a/b")]
    [InlineData("/a")]
    [InlineData("a/")]
    [InlineData("\\")]
    [InlineData("a\\b")]
    [InlineData("..\\..\\etc")]
    [InlineData("../x")]
    public void Refuses_separators(string name)
    {
        Assert.Equal("A name cannot contain '/' or '\\'.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("a\0b")]
    [InlineData("a\0")]
    [InlineData("a\tb")]
    [InlineData("a\nb")]
    [InlineData("a\rb")]
    [InlineData("\u001b[31m")]
    [InlineData("a\u001fb")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    [InlineData("a\u009fb")]
    public void Refuses_nul_and_control_characters(string name)
    {
        Assert.Equal("A name cannot contain control characters.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a ")]
    [InlineData("report.pdf.")]
    [InlineData("report.pdf ")]
    [InlineData("...")]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("a. ")]
    [InlineData("a .")]
    public void Refuses_a_trailing_dot_or_space(string name)
    {
        Assert.Equal("A name cannot end with a dot or a space.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    // Attribute arguments and serialized theory data are UTF-8, which cannot hold a lone surrogate: these come from
    // code and are not enumerated at discovery.
    public static TheoryData<string> UnpairedSurrogates =>
    [
        "\ud800",
        "a\ud800",
        "a\ud800b",
        "\udc00",
        "a\udc00b",
        "\ude00\ud83d", // a valid pair in the wrong order
        "\ud83d\ud83d\ude00",
    ];

    [Theory]
    [MemberData(nameof(UnpairedSurrogates), DisableDiscoveryEnumeration = true)]
    public void Refuses_unpaired_surrogates(string name)
    {
        Assert.Equal("A name must be valid Unicode text.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Theory]
    [InlineData("a\uFFFEb")]
    [InlineData("\uFFFE")]
    public void Refuses_text_the_normalizer_rejects_instead_of_failing(string name)
    {
        // string.Normalize throws ArgumentException for U+FFFE; that must be a 400, not a 500.
        Assert.Equal("A name must be valid Unicode text.", NodeName.Problem(name));
        AssertInvalid(name);
    }

    [Fact]
    public void A_paired_surrogate_is_fine()
    {
        Assert.Null(NodeName.Problem("\ud83d\ude00"));
    }

    [Fact]
    public void The_limit_is_255_ascii_bytes()
    {
        Assert.Null(NodeName.Problem(new string('a', 255)));
        Assert.Equal("A name can be at most 255 bytes long in UTF-8.", NodeName.Problem(new string('a', 256)));
        AssertInvalid(new string('a', 256));
    }

    [Theory]
    [InlineData("é", 2)]
    [InlineData("中", 3)]
    [InlineData("😀", 4)]
    public void The_limit_counts_utf8_bytes_not_characters(string unit, int bytesPerUnit)
    {
        var fitting = Repeat(unit, 255 / bytesPerUnit);
        var padded = fitting + new string('a', 255 - Encoding.UTF8.GetByteCount(fitting));
        Assert.Equal(255, Encoding.UTF8.GetByteCount(padded));
        Assert.Null(NodeName.Problem(padded));

        var over = padded + "a";
        Assert.Equal(256, Encoding.UTF8.GetByteCount(over));
        Assert.NotNull(NodeName.Problem(over));

        // One more multi-byte unit instead of the padding goes over as well.
        var tooMany = Repeat(unit, (255 / bytesPerUnit) + 1);
        Assert.True(tooMany.Length <= 255, "the name is short in UTF-16 units, so only a byte count catches it");
        Assert.NotNull(NodeName.Problem(tooMany));
    }

    [Fact]
    public void Nfd_input_is_stored_as_nfc()
    {
        const string nfd = "Cafe\u0301.txt"; // e + combining acute accent, as macOS sends it
        const string nfc = "Caf\u00e9.txt";
        Assert.Equal(nfc, NodeName.Normalize(nfd));
        Assert.Equal(NodeName.Normalize(nfc), NodeName.Normalize(nfd));
        Assert.True(NodeName.Normalize("\u1100\u1161").IsNormalized(NormalizationForm.FormC));
        Assert.Equal("\uac00", NodeName.Normalize("\u1100\u1161")); // Hangul jamo compose to one syllable
    }

    [Fact]
    public void The_byte_limit_applies_to_the_nfc_form()
    {
        // 100 × "e + U+0301" is 300 bytes in NFD but 200 bytes (100 × "é") in NFC: it fits.
        var nfd = Repeat("e\u0301", 100);
        Assert.Equal(300, Encoding.UTF8.GetByteCount(nfd));
        Assert.Null(NodeName.Problem(nfd));
        Assert.Equal(Repeat("\u00e9", 100), NodeName.Normalize(nfd));

        // 128 × "é" is 256 bytes in NFC: too long, whichever form arrives.
        Assert.NotNull(NodeName.Problem(Repeat("e\u0301", 128)));
        Assert.NotNull(NodeName.Problem(Repeat("\u00e9", 128)));
    }

    [Fact]
    public void Refusals_are_invalid_name_400_with_the_reason()
    {
        var e = Assert.Throws<DomainException>(() => NodeName.Normalize("a/b"));
        Assert.Equal(ErrorCodes.InvalidName, e.Code);
        Assert.Equal(400, e.Status);
        Assert.Equal(NodeName.Problem("a/b"), e.Message);
    }

    [Fact]
    public void The_key_is_lower_case_and_culture_independent()
    {
        Assert.Equal("readme.md", NodeName.Key("README.md"));
        Assert.Equal("istanbul", NodeName.Key("ISTANBUL")); // not the Turkish dotless ı
        Assert.Equal("straße", NodeName.Key("Straße"));
    }

    internal static string Repeat(string unit, int count) => new StringBuilder().Insert(0, unit, count).ToString();

    private static void AssertInvalid(string? name)
    {
        var e = Assert.Throws<DomainException>(() => NodeName.Normalize(name));
        Assert.Equal(ErrorCodes.InvalidName, e.Code);
        Assert.Equal(400, e.Status);
    }
}
