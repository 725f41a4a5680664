using Microsoft.EntityFrameworkCore;
using Yunpan.Accounts.Persistence;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.Tokens;

internal sealed class ListAccessTokens(DbContext db)
{
    public async Task<TokenList> ExecuteAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var items = await db.Set<AccessToken>().AsNoTracking()
            .Where(t => t.MemberId == memberId)
            .OrderBy(t => t.Id)
            .Select(t => new TokenInfo(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt))
            .ToListAsync(cancellationToken);
        return new TokenList(items);
    }
}
