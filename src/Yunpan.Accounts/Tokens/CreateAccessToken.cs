using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yunpan.Accounts.Persistence;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Tokens;

/// <summary>A-5: a personal access token for the CLI, WebDAV and scripts.</summary>
internal sealed class CreateAccessToken(DbContext db, TimeProvider clock, IOptions<AccountsOptions> options, ILogger<CreateAccessToken> logger)
{
    public const int MaxTokensPerMember = 100;

    public async Task<TokenCreated> ExecuteAsync(Guid memberId, CreateTokenRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            throw AccountsErrors.Validation("A token needs a 'name' of 1 to 100 printable characters.");
        }

        var maxDays = options.Value.MaxTokenLifetimeDays;
        if (request.ExpiresInDays is < 1 || (maxDays is not null && (request.ExpiresInDays is null || request.ExpiresInDays > maxDays)))
        {
            throw AccountsErrors.Validation(maxDays is null
                ? "'expiresInDays' must be at least 1 (or left out for a token that does not expire)."
                : $"'expiresInDays' must be between 1 and {maxDays} on this installation.");
        }

        if (await db.Set<AccessToken>().CountAsync(t => t.MemberId == memberId, cancellationToken) >= MaxTokensPerMember)
        {
            throw AccountsErrors.Validation($"A member can have at most {MaxTokensPerMember} access tokens; revoke some first.");
        }

        var now = clock.GetUtcNow();
        var secret = TokenSecret.Create();
        var token = new AccessToken
        {
            Id = Guid.CreateVersion7(now),
            MemberId = memberId,
            Name = name,
            SecretHash = TokenSecret.Hash(secret),
            Hint = TokenSecret.Hint(secret),
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        AccountsLog.TokenCreated(logger, memberId, token.Id);
        return new TokenCreated(token.Id, token.Name, secret, token.CreatedAt, token.ExpiresAt);
    }
}
