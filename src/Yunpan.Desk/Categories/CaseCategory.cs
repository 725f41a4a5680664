namespace Yunpan.Desk.Categories;

/// <summary>K-3: what a case is about — technical or not, with sub-categories; editable by supervisors.</summary>
internal sealed class CaseCategory
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>Technical cases go to a technical contact (K-3); the flag is inherited from the parent.</summary>
    public bool Technical { get; set; }

    public Guid? ParentId { get; set; }
}
