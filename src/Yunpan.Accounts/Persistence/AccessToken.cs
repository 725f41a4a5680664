namespace Yunpan.Accounts.Persistence;

/// <summary>A personal access token. Only the SHA-256 of the secret is kept.</summary>
internal sealed class AccessToken
{
    public Guid Id { get; init; }

    public Guid MemberId { get; init; }

    public required string Name { get; init; }

    public required string SecretHash { get; init; }

    /// <summary>The first characters of the secret, so a member can tell tokens apart.</summary>
    public required string Hint { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
