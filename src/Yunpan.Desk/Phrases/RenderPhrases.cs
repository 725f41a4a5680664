using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yunpan.Contracts.Desk;
using Yunpan.Desk.Cases;

namespace Yunpan.Desk.Phrases;

/// <summary>K-7: the phrases an agent can insert, filled in for the case they are answering and the time of day.</summary>
internal sealed class RenderPhrases(DbContext db, SalutationRules salutations, IOptions<DeskOptions> options)
{
    /// <summary>What a phrase calls a customer whose name the desk does not know.</summary>
    public const string UnnamedCustomer = "尊敬的客户";

    /// <summary>The phrases in use; with <paramref name="includeRetired"/> the retired ones too (for the editors).</summary>
    public async Task<StandardPhraseList> ExecuteAsync(string? situation, Guid? caseId, bool includeRetired, CancellationToken cancellationToken)
    {
        var query = db.Set<StandardPhrase>().AsNoTracking();
        if (!includeRetired)
        {
            query = query.Where(p => p.RetiredAt == null);
        }

        if (!string.IsNullOrWhiteSpace(situation))
        {
            var parsed = WireNames.TryParse<PhraseSituation>(situation, out var s) ? s
                : throw DeskErrors.Invalid($"situation must be one of: {string.Join(", ", WireNames.All<PhraseSituation>())}.");
            query = query.Where(p => p.Situation == parsed);
        }

        var values = await ValuesAsync(caseId, cancellationToken);
        var salutation = salutations.Now();
        values[PhraseTemplate.Greeting] = salutation.Greeting;
        values[PhraseTemplate.Closing] = salutation.Closing;

        var rows = await query.ToListAsync(cancellationToken);
        var items = rows.OrderBy(p => p.Situation).ThenBy(p => p.Id).Select(p => ToDto(p, values)).ToList();
        return new StandardPhraseList(items, salutation.Greeting, salutation.Closing);
    }

    public static StandardPhraseDto ToDto(StandardPhrase p, IReadOnlyDictionary<string, string> values) =>
        new(p.Id, p.Situation.Wire(), p.Title, PhraseTemplate.Render(p.Text, values), p.Text, p.RetiredAt);

    private async Task<Dictionary<string, string>> ValuesAsync(Guid? caseId, CancellationToken cancellationToken)
    {
        if (caseId is not { } id)
        {
            return [];
        }

        var @case = await db.Set<Case>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw DeskErrors.NotFound("case");
        return new Dictionary<string, string>
        {
            [PhraseTemplate.CustomerName] = @case.Complaint?.ContactName ?? UnnamedCustomer,
            [PhraseTemplate.CaseNumber] = @case.Number,
            [PhraseTemplate.PromisedHours] = PhraseTemplate.Hours(options.Value.Sla.Resolution(@case)),
        };
    }
}
