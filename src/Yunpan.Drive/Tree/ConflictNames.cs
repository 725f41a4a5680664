namespace Yunpan.Drive.Tree;

/// <summary>Free names for automatic renames: "report.pdf" → "report (1).pdf", folders "photos" → "photos (1)".</summary>
public static class ConflictNames
{
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
        return isFolder || dot <= 0 ? (name, string.Empty) : (name[..dot], name[dot..]);
    }
}
