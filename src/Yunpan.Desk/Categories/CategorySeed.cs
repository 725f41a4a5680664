using Yunpan.Desk.Seeds;

namespace Yunpan.Desk.Categories;

/// <summary>The default categories (Seeds/categories.tsv), parents before children.</summary>
internal static class CategorySeed
{
    public static IEnumerable<CaseCategory> Rows()
    {
        var byName = new Dictionary<string, CaseCategory>();
        foreach (var columns in SeedReader.Rows("categories.tsv"))
        {
            var category = new CaseCategory
            {
                Id = Guid.CreateVersion7(),
                Name = columns[1],
                Technical = bool.Parse(columns[2]),
                ParentId = columns[0].Length == 0 ? null : byName[columns[0]].Id,
            };
            byName[category.Name] = category;
            yield return category;
        }
    }
}
