using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Authentication;
using Yunpan.Accounts.Members;
using Yunpan.Contracts.Accounts;

namespace Yunpan.Accounts.SignIn;

/// <summary>Browser sign-in: checks the password (with lockout) and issues the authentication cookie.</summary>
internal sealed class SignInMember(CredentialCheck credentials, SignInManager<YunpanUser> signIn)
{
    public async Task<YunpanUser> ExecuteAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        var user = await credentials.VerifyAsync(request.Login, request.Password, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: request.Remember);
        return user;
    }
}
