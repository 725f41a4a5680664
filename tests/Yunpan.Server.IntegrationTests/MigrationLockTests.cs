using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Data;
using Yunpan.Data.Sqlite;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests;

/// <summary>Preparing the database waits for another process that is migrating it, and never for one that died.</summary>
public sealed class MigrationLockTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_lock_row_left_by_a_killed_process_does_not_block_the_next_start()
    {
        using var started = factory.NewHttpClient(); // starts the host, which migrates the database
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YunpanDbContext>();
        // What EF Core leaves behind when its process is killed between taking and releasing its lock.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-11-30 00:53:33+00:00')");

        await SqliteSetup.PrepareAsync(db, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM \"__EFMigrationsLock\"").SingleAsync());
    }

    [Fact]
    public async Task A_process_that_is_migrating_is_waited_for()
    {
        using var started = factory.NewHttpClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YunpanDbContext>();
        var lockFile = Path.GetFullPath(db.Database.GetDbConnection().DataSource) + "-migrate.lock";

        Task preparing;
        using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            preparing = SqliteSetup.PrepareAsync(db, CancellationToken.None);
            await Task.Delay(TimeSpan.FromMilliseconds(600));
            Assert.False(preparing.IsCompleted, "preparing the database did not wait for the lock holder");
        }

        await preparing.WaitAsync(Patience);
    }
}
