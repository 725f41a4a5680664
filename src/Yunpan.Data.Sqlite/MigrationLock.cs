using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Yunpan.Data.Sqlite;

/// <summary>
/// Keeps two Yunpan processes (the server and an <c>admin</c> command, say) from migrating one database file at once.
/// EF Core's own guard is a row in <c>__EFMigrationsLock</c>; a process killed while it holds that row (a SIGKILL
/// or a power cut during start-up) leaves it behind, and every later start then waits for it forever without a word.
/// The guard here is an advisory lock on a file beside the database, which the kernel releases when its holder dies.
/// Whoever holds it is the only process that may be migrating, so any EF lock row found then is stale and is removed.
/// </summary>
internal sealed class MigrationLock : IDisposable
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(100);
    private readonly FileStream? _file;

    private MigrationLock(FileStream? file) => _file = file;

    /// <summary>Waits for the lock; <paramref name="waiting"/> is called once if another process holds it.</summary>
    public static async Task<MigrationLock> AcquireAsync(DbConnection connection, Action waiting, CancellationToken cancellationToken)
    {
        var database = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(database) || database == ":memory:" || database.StartsWith("file:", StringComparison.Ordinal))
        {
            return new MigrationLock(null); // nothing on disk to share
        }

        var path = Path.GetFullPath(database) + "-migrate.lock";
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: both die with the process.
                return new MigrationLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (HeldElsewhere(e))
            {
                if (!told)
                {
                    waiting();
                    told = true;
                }

                await Task.Delay(RetryEvery, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The lock is another process's (EWOULDBLOCK from flock on Linux and macOS, a sharing violation on Windows).
    /// Any other failure (a read-only or full disk, say) is not worth waiting for and surfaces at once.
    /// </summary>
    private static bool HeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);

    /// <summary>Removes EF Core's lock row left by a process that died while migrating.</summary>
    public static async Task ClearStaleRowAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return;
        }

        command.CommandText = "DELETE FROM \"__EFMigrationsLock\"";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _file?.Dispose();
}
