using Yunpan.Core.Security;

namespace Yunpan.Drive.Tests.Infrastructure;

/// <summary>
/// Drive's tests compose Storage, Plans and Drive without Accounts, and name members by fresh ids; the plans module
/// asks the member directory only when staff activate a shop order, which these tests never do.
/// </summary>
internal sealed class EveryMemberExists : IMemberDirectory
{
    public Task<bool> ExistsAsync(Guid memberId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> HasRoleAsync(Guid memberId, string role, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<MemberContact?> ContactAsync(Guid memberId, CancellationToken cancellationToken) => Task.FromResult<MemberContact?>(null);

    public Task<IReadOnlyList<Guid>> WithRoleAsync(string role, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Guid>>([]);
}
