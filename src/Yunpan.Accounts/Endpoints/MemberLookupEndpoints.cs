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
/// Staff find the member a customer says they are (shop activations, grants, a case logged from a call or an e-mail)
/// by the full e-mail address or phone number: an exact lookup, never a search, so staff learn nothing they were not told.
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
            // Everyone who works cases logs them for callers (K-1), not only agents.
            .RequireAuthorization(p => p.RequireRole(Roles.Admin, Roles.Agent, Roles.Supervisor, Roles.Manager))
            .WithTags("Administration")
            .WithName("FindMember")
            .WithSummary("Staff (admin, agent, supervisor, manager): the member whose e-mail address or phone number is exactly ?login=. 404 when none.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
