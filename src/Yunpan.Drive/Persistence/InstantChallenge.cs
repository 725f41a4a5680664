namespace Yunpan.Drive.Persistence;

/// <summary>
/// An instant-upload challenge (D-4): what a member asked to add, the bytes they must prove they hold, and until when.
/// Answered once: <see cref="UsedAt"/> is set by the right answer (together with the file) or by a wrong one.
/// </summary>
internal sealed class InstantChallenge
{
    public Guid Id { get; init; }

    public Guid OwnerId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Sha256 { get; init; }

    public long Size { get; init; }

    /// <summary>The target path, canonical.</summary>
    public required string Path { get; init; }

    public bool CreateParents { get; init; }

    public bool Autorename { get; init; }

    public string? IfMatch { get; init; }

    public string? IfNoneMatch { get; init; }

    /// <summary>Lower-case hex of the random nonce; its bytes open the expected answer.</summary>
    public required string Nonce { get; init; }

    /// <summary>The requested ranges as <c>offset:length</c> pairs separated by commas (empty for an empty file).</summary>
    public required string Ranges { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? UsedAt { get; set; }
}
