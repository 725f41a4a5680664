using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Core.Security;

namespace Yunpan.Accounts.Endpoints;

/// <summary>
/// Staff find the member a customer says they are (shop activations, grants) by the full e-mail address or phone
/// number: an exact lookup, never a search, so staff learn nothing they were not told.
/// </summary>
internal static class MemberLookupEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/admin/members", async (string? login, MemberDirectory directory, UserManager<YunpanUser> users, CancellationToken ct) =>
            {
                var member = await directory.FindByLoginAsync(login, ct)
                    ?? throw new DomainException(ErrorCodes.NotFound, StatusCodes.Status404NotFound, "No member signs in with that e-mail address or phone number.");
                return TypedResults.Ok(new MemberFoundDto(member.Id, [.. await users.GetRolesAsync(member)]));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Agent))
            .WithTags("Administration")
            .WithName("FindMember")
            .WithSummary("Staff (admin, agent): the member whose e-mail address or phone number is exactly ?login=. 404 when none.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
