using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yunpan.Desk.BannedPhrases;
using Yunpan.Desk.Categories;

namespace Yunpan.Desk.Seeds;

/// <summary>
/// Imports the seeds' data on the first start (after the migrations, which run while the host is starting). Runs once
/// per database: the list-version row marks it done, so phrases the supervisors deleted stay deleted.
/// </summary>
internal sealed partial class DeskSeeder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeskSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        if (await db.Set<BannedPhraseListVersion>().AnyAsync(cancellationToken))
        {
            return;
        }

        var phrases = BannedPhraseSeed.Rows(clock.GetUtcNow()).ToList();
        db.AddRange(phrases);
        db.AddRange(CategorySeed.Rows());
        db.Add(new BannedPhraseListVersion { Version = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Seeded(logger, phrases.Count);
        }
        catch (DbUpdateException)
        {
            // Another node imported them at the same moment.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported the desk's seed data: {Phrases} banned phrases and the default categories")]
    private static partial void Seeded(ILogger logger, int phrases);
}
