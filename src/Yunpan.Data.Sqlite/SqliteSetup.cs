using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Yunpan.Data.Sqlite;

public static partial class SqliteSetup
{
    /// <summary>The embedded default: one SQLite file in the data directory.</summary>
    public static IServiceCollection AddYunpanSqlite(this IServiceCollection services, string databaseFile)
    {
        SqliteLibrary.EnsureConfigured();
        var connectionString = ConnectionString(databaseFile);
        // Pooled: a request (and every activity handler's scope) takes a reset context instead of building one; the
        // options are built once, from the root provider, so interceptors must be singletons.
        services.AddDbContextPool<YunpanDbContext>((sp, o) =>
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

    /// <summary>Applies pending migrations under <see cref="MigrationLock"/>, then WAL, which lets readers run beside
    /// the single writer (a property of the file, set once).</summary>
    public static async Task PrepareAsync(YunpanDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var logger = db.GetService<ILoggerFactory>().CreateLogger<MigrationLock>();
        using (await MigrationLock.AcquireAsync(connection, () => WaitingForMigration(logger, connection.DataSource), cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await MigrationLock.ClearStaleRowAsync(connection, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            // Asking first spares every ordinary start EF's comparison of the whole model with the last snapshot.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for another Yunpan process to finish migrating {Database}")]
    private static partial void WaitingForMigration(ILogger logger, string database);
}
