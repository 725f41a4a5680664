using System.Globalization;
using System.Text;

namespace Yunpan.Sharing.Words;

/// <summary>
/// Folds text for the sensitive-word match (S-10) so that tricks do not slip through: full-width forms become their
/// ASCII twins (NFKC), case is folded, and spaces, punctuation, symbols and invisible characters are dropped
/// ("Ｓ ｐ-a M" matches "spam").
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune)
                || category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString();
    }
}
