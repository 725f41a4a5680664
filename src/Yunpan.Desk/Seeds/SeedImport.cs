namespace Yunpan.Desk.Seeds;

/// <summary>
/// Marks one seed table as imported into this database, so that rows staff deleted afterwards stay deleted and a
/// table added in a later version is still imported into an existing installation.
/// </summary>
internal sealed class SeedImport
{
    public required string Name { get; init; }

    public DateTimeOffset At { get; init; }
}
