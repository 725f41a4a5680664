using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Categories;
using Yunpan.Desk.Phrases;

namespace Yunpan.Desk.Seeds;

/// <summary>
/// Imports the seeds' data on the first start (after the migrations, which run while the host is starting). Each
/// table is imported once per database: the banned phrases and categories are marked by the list-version row, later
/// tables by a <see cref="SeedImport"/> row, so rows the supervisors deleted stay deleted.
/// </summary>
internal sealed partial class DeskSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeskSeeder> logger) : IHostedService
{
    private const string StandardPhrases = "standard-phrases";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var now = clock.GetUtcNow();
        if (!await db.Set<BannedPhraseListVersion>().AnyAsync(cancellationToken))
        {
            var phrases = BannedPhraseSeed.Rows(now).ToList();
            db.AddRange(phrases);
            db.AddRange(CategorySeed.Rows());
            db.Add(new BannedPhraseListVersion { Version = 1 });
            if (await SaveAsync(db, cancellationToken))
            {
                Seeded(logger, "banned phrases and categories", phrases.Count);
            }
        }

        await ImportOnceAsync(db, StandardPhrases, () => PhraseSeed.Rows(now), now, cancellationToken);
        await ImportOnceAsync(db, Help.HelpArticleSeed.Name, () => Help.HelpArticleSeed.Rows(now), now, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ImportOnceAsync<T>(DbContext db, string name, Func<IEnumerable<T>> rows, DateTimeOffset now, CancellationToken cancellationToken)
        where T : class
    {
        if (await db.Set<SeedImport>().AnyAsync(s => s.Name == name, cancellationToken))
        {
            return;
        }

        var imported = rows().ToList();
        db.AddRange(imported);
        db.Add(new SeedImport { Name = name, At = now });
        if (await SaveAsync(db, cancellationToken))
        {
            Seeded(logger, name, imported.Count);
        }
    }

    private static async Task<bool> SaveAsync(DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node imported them at the same moment.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the desk's seed data: {Table}, {Count} rows")]
    private static partial void Seeded(ILogger logger, string table, int count);
}
