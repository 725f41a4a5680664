namespace Yunpan.Desk.Seeds;

/// <summary>Reads the seed tables embedded in the assembly: tab-separated, '#' starts a comment line.</summary>
internal static class SeedReader
{
    public static IEnumerable<string[]> Rows(string name)
    {
        using var stream = typeof(SeedReader).Assembly.GetManifestResourceStream($"Yunpan.Desk.Seeds.{name}")
            ?? throw new InvalidOperationException($"The seed table {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
