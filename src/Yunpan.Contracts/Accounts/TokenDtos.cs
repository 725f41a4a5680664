namespace Yunpan.Contracts.Accounts;

public sealed record CreateTokenRequest(string Name, int? ExpiresInDays = null);

/// <summary>The only time the secret is shown; the server keeps a hash.</summary>
public sealed record TokenCreated(Guid Id, string Name, string Token, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

public sealed record TokenInfo(Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt);

public sealed record TokenList(IReadOnlyList<TokenInfo> Items);
