using SQLitePCL;

namespace Yunpan.Data.Sqlite;

/// <summary>
/// Process-wide settings of the SQLite library, made before its first connection opens (SQLite refuses them after).
/// <list type="bullet">
/// <item>Multi-thread mode instead of serialized: SQLite then leaves out the mutex it otherwise takes on every call
/// into a connection, every column read among them (7% of the CPU of a 10 000-entry listing). ADO.NET already
/// promises what this mode asks for, that no two threads use one connection at the same time: a DbContext refuses
/// concurrent use and a pooled connection has one user at a time.</item>
/// <item>No memory statistics: they cost a global lock on every allocation and nothing here reads them.</item>
/// </list>
/// </summary>
internal static class SqliteLibrary
{
    private static readonly Lazy<bool> Configured = new(Configure);

    /// <summary>Applies the settings once per process. Where SQLite refuses them (something opened a connection
    /// before, as in a test process that hosts several servers) it stays in its default, safe, serialized mode.</summary>
    public static void EnsureConfigured() => _ = Configured.Value;

    private static bool Configure()
    {
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }
}
