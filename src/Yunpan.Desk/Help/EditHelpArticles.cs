using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Desk.Help;

/// <summary>K-11: supervisors, managers and administrators write the help centre.</summary>
internal sealed class EditHelpArticles(DbContext db, TimeProvider clock)
{
    public async Task<HelpArticle> AddAsync(Guid editor, HelpArticleRequest request, CancellationToken cancellationToken)
    {
        var valid = HelpArticleRules.Checked(request);
        if (await db.Set<HelpArticle>().AnyAsync(a => a.Slug == valid.Slug && a.Language == valid.Language, cancellationToken))
        {
            throw Exists(valid);
        }

        var row = new HelpArticle { Id = Guid.CreateVersion7(), Slug = "", Language = "", Title = "", Summary = "", Keywords = "", Body = "" };
        Apply(row, editor, valid);
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two editors adding the same article at once: the unique index keeps one.
            throw Exists(valid);
        }

        return row;
    }

    /// <summary>Replaces the article <paramref name="slug"/> in <paramref name="language"/>; the request may rename the slug.</summary>
    public async Task<HelpArticle> ChangeAsync(Guid editor, string slug, string language, HelpArticleRequest request, CancellationToken cancellationToken)
    {
        var row = await FindAsync(slug, language, cancellationToken);
        var valid = HelpArticleRules.Checked(request);
        if ((valid.Slug != row.Slug || valid.Language != row.Language)
            && await db.Set<HelpArticle>().AnyAsync(a => a.Slug == valid.Slug && a.Language == valid.Language, cancellationToken))
        {
            throw Exists(valid);
        }

        Apply(row, editor, valid);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public async Task RemoveAsync(string slug, string language, CancellationToken cancellationToken)
    {
        if (await db.Set<HelpArticle>().Where(a => a.Slug == slug && a.Language == language).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw DeskErrors.NotFound("article");
        }
    }

    public async Task<HelpArticle> FindAsync(string slug, string language, CancellationToken cancellationToken) =>
        await db.Set<HelpArticle>().FirstOrDefaultAsync(a => a.Slug == slug && a.Language == language, cancellationToken)
        ?? throw DeskErrors.NotFound("article");

    private void Apply(HelpArticle row, Guid editor, HelpArticleRequest valid)
    {
        row.Slug = valid.Slug;
        row.Language = valid.Language;
        row.Title = valid.Title;
        row.Summary = valid.Summary;
        row.Body = valid.Body;
        row.Keywords = valid.Keywords ?? "";
        row.Category = valid.Category ?? HelpCategories.Other;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = editor;
    }

    private static DomainException Exists(HelpArticleRequest request) =>
        new(ErrorCodes.HelpArticleExists, StatusCodes.Status409Conflict, $"An article '{request.Slug}' in {request.Language} already exists.");
}
