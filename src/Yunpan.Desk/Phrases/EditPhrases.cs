using Microsoft.EntityFrameworkCore;
using Yunpan.Contracts.Desk;

namespace Yunpan.Desk.Phrases;

/// <summary>K-7: supervisors, managers and administrators keep the phrase library.</summary>
internal sealed class EditPhrases(DbContext db, TimeProvider clock)
{
    public async Task<StandardPhrase> AddAsync(Guid editor, StandardPhraseRequest request, CancellationToken cancellationToken)
    {
        var row = new StandardPhrase { Id = Guid.CreateVersion7(), Title = "", Text = "" };
        Apply(row, editor, request);
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    public async Task<StandardPhrase> ChangeAsync(Guid editor, Guid id, StandardPhraseRequest request, CancellationToken cancellationToken)
    {
        var row = await db.Set<StandardPhrase>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("phrase");
        Apply(row, editor, request);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Takes the phrase out of the agents' picker, or puts it back; doing it twice changes nothing.</summary>
    public async Task<StandardPhrase> SetRetiredAsync(Guid editor, Guid id, bool retired, CancellationToken cancellationToken)
    {
        var row = await db.Set<StandardPhrase>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("phrase");
        if (retired != row.RetiredAt.HasValue)
        {
            var now = clock.GetUtcNow();
            row.RetiredAt = retired ? now : null;
            row.UpdatedAt = now;
            row.UpdatedBy = editor;
            await db.SaveChangesAsync(cancellationToken);
        }

        return row;
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Set<StandardPhrase>().Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw DeskErrors.NotFound("phrase");
        }
    }

    /// <summary>Checks everything before changing anything, so a refused edit leaves the row as it was.</summary>
    private void Apply(StandardPhrase row, Guid editor, StandardPhraseRequest request)
    {
        if (!WireNames.TryParse<PhraseSituation>(request.Situation, out var situation))
        {
            throw DeskErrors.Invalid($"situation must be one of: {string.Join(", ", WireNames.All<PhraseSituation>())}.");
        }

        var title = DeskText.Required(request.Title, "title", 100);
        var text = DeskText.Required(request.Text, "text", 2000);
        if (PhraseTemplate.Unknown(text) is { Count: > 0 } unknown)
        {
            throw DeskErrors.Invalid($"Unknown variable(s) {string.Join(", ", unknown.Select(v => "{" + v + "}"))}; " +
                $"use {string.Join(", ", PhraseTemplate.Variables.Select(v => "{" + v + "}"))}.");
        }

        row.Situation = situation;
        row.Title = title;
        row.Text = text;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = editor;
    }
}
