using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Yunpan.Data.Sqlite;

public static class SqliteSetup
{
    /// <summary>The embedded default: one SQLite file in the data directory.</summary>
    public static IServiceCollection AddYunpanSqlite(this IServiceCollection services, string databaseFile)
    {
        var connectionString = ConnectionString(databaseFile);
        services.AddDbContext<YunpanDbContext>((sp, o) =>
        {
            Configure(o, connectionString);
            // Modules contribute interceptors (Drive keeps folder ETags in step with the tree).
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        return services;
    }

    public static string ConnectionString(string databaseFile) => new SqliteConnectionStringBuilder
    {
        DataSource = databaseFile,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteSetup).Assembly.GetName().Name))
            .AddInterceptors(Durability);

    private static readonly SqliteDurability Durability = new();

    /// <summary>WAL lets readers run beside the single writer; it is a property of the file, set once.</summary>
    public static async Task PrepareAsync(YunpanDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
