using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests;

/// <summary>The database runs WAL with synchronous=NORMAL on every connection the server hands out, pooled ones too.</summary>
public sealed class DatabaseDurabilityTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    [Fact]
    public async Task Every_connection_commits_in_wal_without_an_fsync_per_transaction()
    {
        using var started = factory.NewHttpClient(); // starts the host, which prepares the database
        for (var use = 0; use < 3; use++)
        {
            // A new scope, a new context: the pool hands back a native connection that was opened before.
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode;"));
            Assert.Equal("1", await ScalarAsync(db, "PRAGMA synchronous;")); // 1 = NORMAL (2 would be FULL)
        }
    }

    private static async Task<string> ScalarAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
