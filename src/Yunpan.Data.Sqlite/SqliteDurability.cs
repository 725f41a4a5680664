using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yunpan.Data.Sqlite;

/// <summary>
/// <c>synchronous=NORMAL</c> on every connection (the setting belongs to the connection, not the file). In WAL mode a
/// commit then appends to the log without an fsync; the log is synced at checkpoints. SQLite's documentation: the
/// database stays consistent through a crash or power loss, and only a power loss can roll back the last transactions.
/// A killed server loses nothing (the operating system still holds the log). Blob bytes are fsynced before a row
/// refers to them, so a rolled-back transaction leaves at worst an unreferenced blob, which the collector removes.
/// With the default <c>FULL</c>, every upload paid an fsync per transaction.
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
