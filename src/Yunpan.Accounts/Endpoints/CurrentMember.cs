using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Accounts.Endpoints;

internal static class CurrentMember
{
    public static async Task<YunpanUser> LoadAsync(HttpContext http, UserManager<YunpanUser> users) =>
        await users.GetUserAsync(http.User)
        ?? throw new DomainException(ErrorCodes.Unauthorized, StatusCodes.Status401Unauthorized, "The account no longer exists.");
}
