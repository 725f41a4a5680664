using Microsoft.EntityFrameworkCore;

namespace Yunpan.Desk.Categories;

/// <summary>Supervisors add categories; a sub-category is technical when its parent is.</summary>
internal sealed class AddCategory(DbContext db)
{
    public async Task<CaseCategory> ExecuteAsync(string name, Guid? parentId, bool technical, CancellationToken cancellationToken)
    {
        name = DeskText.Required(name, "name", 100);
        if (parentId is { } id)
        {
            var parent = await db.Set<CaseCategory>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("category");
            technical = parent.Technical;
        }

        if (await db.Set<CaseCategory>().AnyAsync(c => c.ParentId == parentId && c.Name == name, cancellationToken))
        {
            throw DeskErrors.Invalid($"There is already a category '{name}' there.");
        }

        var category = new CaseCategory { Id = Guid.CreateVersion7(), Name = name, ParentId = parentId, Technical = technical };
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category;
    }
}
