using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;
using Yunpan.Core.Activity;

namespace Yunpan.Accounts.SignIn;

/// <summary>Browser sign-in: checks the password (with lockout) and issues the authentication cookie.</summary>
internal sealed class SignInMember(CredentialCheck credentials, SignInManager<YunpanUser> signIn, ActivityFeed activity)
{
    public async Task<YunpanUser> ExecuteAsync(SignInRequest request, string channel, CancellationToken cancellationToken)
    {
        var user = await credentials.VerifyAsync(request.Login, request.Password, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: request.Remember);
        await activity.PublishAsync(new MemberActivity(user.Id, ActivityKinds.SignedIn, channel));
        return user;
    }
}
