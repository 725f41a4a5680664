using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
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
/// <remarks>EF Core opens and closes the connection around every query, but the pool keeps the native connection,
/// and the setting with it: the statement runs once per native connection, not once per query.</remarks>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA synchronous=NORMAL;";
    private static readonly object Set = new();
    private readonly ConditionalWeakTable<object, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _prepared.TryAdd(handle, Set);
}
