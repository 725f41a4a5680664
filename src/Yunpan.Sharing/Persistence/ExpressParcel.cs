namespace Yunpan.Sharing.Persistence;

/// <summary>
/// A file or folder sent by file express (S-12). Nothing is copied when it is sent: accepting copies the sender's item
/// as it is then (zero-copy, through Drive), into the recipient's drive and quota. <see cref="ExpiresAt"/> is the
/// deadline by which a pending parcel must be accepted.
/// </summary>
internal sealed class ExpressParcel
{
    public Guid Id { get; set; }

    public Guid SenderId { get; set; }

    public Guid RecipientId { get; set; }

    public Guid NodeId { get; set; }

    public string Name { get; set; } = "";

    public bool IsFolder { get; set; }

    public long Size { get; set; }

    public string? Message { get; set; }

    public string Status { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? SavedPath { get; set; }
}
