using System.Globalization;

namespace Yunpan.Desk.BannedPhrases;

/// <summary>
/// K-8: puts text and phrases in one form before matching, so a banned phrase cannot slip through disguised:
/// full-width letters and digits become half-width, letters lower-case, traditional Chinese becomes simplified, and
/// whitespace, punctuation, symbols and invisible format characters (zero-width spaces) are dropped, because
/// "你 问 我，我-问-谁" is still "你问我我问谁".
/// </summary>
internal static class TextNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        var buffer = new char[text.Length];
        var origins = new int[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) is { } kept)
            {
                buffer[length] = kept;
                origins[length] = i;
                length++;
            }
        }

        return new NormalizedText(new string(buffer, 0, length), origins[..length]);
    }

    /// <summary>The normalized form of a phrase (no index map needed).</summary>
    public static string Phrase(string phrase) => Normalize(phrase).Text;

    private static char? Fold(char c)
    {
        // Full-width ASCII (U+FF01..U+FF5E) sits at a fixed offset from ASCII; the ideographic space is a space.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Control or UnicodeCategory.Format:
            case UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation:
            case UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol:
                return null;
            default:
                return TraditionalChinese.Fold(char.ToLowerInvariant(c));
        }
    }
}
