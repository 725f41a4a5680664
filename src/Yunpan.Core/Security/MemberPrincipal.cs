using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Yunpan.Core.Security;

public static class MemberPrincipal
{
    /// <summary>The signed-in member's id. Endpoints behind an authorization policy always have one.</summary>
    public static Guid MemberId(this ClaimsPrincipal user)
    {
        var value = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Guid.TryParse(value, out var id) ? id : throw new UnauthorizedAccessException("No signed-in member.");
    }

    public static Guid MemberId(this HttpContext http) => http.User.MemberId();
}
