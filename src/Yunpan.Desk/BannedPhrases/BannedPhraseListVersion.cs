namespace Yunpan.Desk.BannedPhrases;

/// <summary>
/// One row counting changes to the banned-phrase list. Every node compares it with the version its matcher was built
/// from, so an edit on one node reaches every node's next check; its existence also marks the seed import as done.
/// </summary>
internal sealed class BannedPhraseListVersion
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;

    public long Version { get; set; }
}
