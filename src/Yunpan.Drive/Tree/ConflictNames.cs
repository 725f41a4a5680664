using System.Globalization;
using System.Text;
using Yunpan.Core.Naming;

namespace Yunpan.Drive.Tree;

/// <summary>Free names for automatic renames: "report.pdf" → "report (1).pdf", folders "photos" → "photos (1)". A name
/// close to the length limit gives up the end of its stem so that the candidate stays within it.</summary>
public static class ConflictNames
{
    /// <summary>" (" + the ten digits of the largest int + ")".</summary>
    private const int SuffixReserve = 13;

    public static string Candidate(string name, bool isFolder, int n)
    {
        var (stem, extension) = Split(name, isFolder);
        return $"{stem} ({n}){extension}";
    }

    /// <summary>The first of "name (1)", "name (2)" … that <paramref name="taken"/> does not hold.</summary>
    public static string Next(string name, bool isFolder, Func<string, bool> taken)
    {
        for (var n = 1; ; n++)
        {
            var candidate = Candidate(name, isFolder, n);
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The part of the name all candidates start with.</summary>
    public static string Stem(string name, bool isFolder) => Split(name, isFolder).Stem;

    private static (string Stem, string Extension) Split(string name, bool isFolder)
    {
        var dot = name.LastIndexOf('.');
        var (stem, extension) = isFolder || dot <= 0 ? (name, string.Empty) : (name[..dot], name[dot..]);

        // Near the byte limit the stem is shortened, the same way for every n, so that each candidate is a valid
        // name and all of them still start with Stem (which FreeNameAsync's range query relies on).
        var room = NodeName.MaxBytes - SuffixReserve - Encoding.UTF8.GetByteCount(extension);
        if (room <= 0)
        {
            (stem, extension, room) = (name, string.Empty, NodeName.MaxBytes - SuffixReserve);
        }

        return (Shorten(stem, room), extension);
    }

    /// <summary>The longest prefix of whole text elements that fits in <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    private static string Shorten(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var (bytes, end) = (0, 0);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > maxBytes)
            {
                break;
            }

            end = elements.ElementIndex + element.Length;
        }

        return text[..end];
    }
}
