using Yunpan.Contracts.Desk;

namespace Yunpan.Desk.Help;

/// <summary>
/// K-11: the seed's common problems and solutions (seed 000 第一章 §4), rewritten for Yunpan, embedded as
/// <c>Seeds/help/{slug}.{language}.md</c>: a header of <c>title:</c>, <c>summary:</c>, <c>keywords:</c> and <c>category:</c> lines,
/// a line <c>---</c>, then the Markdown body.
/// </summary>
internal static class HelpArticleSeed
{
    public const string Name = "help-articles";
    private const string Prefix = "Yunpan.Desk.Seeds.help.";

    public static IEnumerable<HelpArticle> Rows(DateTimeOffset now)
    {
        var assembly = typeof(HelpArticleSeed).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[Prefix.Length..^".md".Length];
            var dot = name.LastIndexOf('.');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            yield return Parse(name[..dot], name[(dot + 1)..], reader.ReadToEnd(), now);
        }
    }

    public static HelpArticle Parse(string slug, string language, string text, DateTimeOffset now)
    {
        var split = text.IndexOf("\n---\n", StringComparison.Ordinal);
        if (split < 0)
        {
            throw new InvalidOperationException($"The help article {slug}.{language} has no '---' line after its header.");
        }

        var header = text[..split].Split('\n').Select(line => line.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        return new HelpArticle
        {
            Id = Guid.CreateVersion7(),
            Slug = slug,
            Language = HelpLanguages.Parse(language),
            Title = header["title"],
            Summary = header["summary"],
            Keywords = header["keywords"],
            Category = header.GetValueOrDefault("category") is { } category ? HelpArticleRules.CategoryOf(category) : HelpCategories.Other,
            Body = text[(split + 5)..].Trim(),
            UpdatedAt = now,
        };
    }
}
