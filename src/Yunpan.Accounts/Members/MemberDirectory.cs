using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Members;

/// <summary>Finds members by what they sign in with.</summary>
public sealed class MemberDirectory(UserManager<YunpanUser> users) : IMemberDirectory, IMemberLookup, IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(u => new StaffMember(u.Id, u.Email ?? u.PhoneNumber ?? u.Id.ToString())).OrderBy(s => s.Login, StringComparer.Ordinal)];

    public async Task<Guid?> FindIdByLoginAsync(string? login, CancellationToken cancellationToken) =>
        (await FindByLoginAsync(login, cancellationToken))?.Id;

    public Task<bool> ExistsAsync(Guid memberId, CancellationToken cancellationToken) =>
        users.Users.AnyAsync(u => u.Id == memberId, cancellationToken);

    public async Task<bool> HasRoleAsync(Guid memberId, string role, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(memberId.ToString()) is { } user && await users.IsInRoleAsync(user, role);

    public async Task<MemberContact?> ContactAsync(Guid memberId, CancellationToken cancellationToken) =>
        await users.Users.Where(u => u.Id == memberId).Select(u => new MemberContact(u.Email, u.PhoneNumber)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> WithRoleAsync(string role, CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(role)).Select(u => u.Id)];

    /// <summary>The member whose e-mail or phone is <paramref name="login"/>; null when the login is unknown or malformed.</summary>
    public async Task<YunpanUser?> FindByLoginAsync(string? login, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(login))
        {
            return null;
        }

        try
        {
            if (Contact.LooksLikeEmail(login))
            {
                return await users.FindByEmailAsync(Contact.Email(login));
            }

            var phone = Contact.Phone(login);
            return await users.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phone, cancellationToken);
        }
        catch (Core.Errors.DomainException)
        {
            return null;
        }
    }

    public Task<bool> PhoneInUseAsync(string phone, Guid exceptMember, CancellationToken cancellationToken) =>
        users.Users.AnyAsync(u => u.PhoneNumber == phone && u.Id != exceptMember, cancellationToken);

    public Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return users.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }
}
