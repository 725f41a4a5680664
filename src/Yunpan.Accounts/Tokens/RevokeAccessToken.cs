using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Yunpan.Accounts.Persistence;

namespace Yunpan.Accounts.Tokens;

internal sealed class RevokeAccessToken(DbContext db, ILogger<RevokeAccessToken> logger)
{
    public async Task ExecuteAsync(Guid memberId, Guid tokenId, CancellationToken cancellationToken)
    {
        // Another member's token id answers exactly like an unknown one.
        var removed = await db.Set<AccessToken>().Where(t => t.Id == tokenId && t.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw AccountsErrors.TokenNotFound();
        }

        AccountsLog.TokenRevoked(logger, memberId, tokenId);
    }
}
