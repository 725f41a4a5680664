using Microsoft.AspNetCore.Identity;
using Yunpan.Accounts.Members;

namespace Yunpan.Accounts.Passwords;

/// <summary>Where a forgotten password's code goes: to the e-mail address or the phone number the member typed as their
/// login, which is also what the code is checked against.</summary>
internal static class ResetChannel
{
    public const string Purpose = "reset-password";

    public static string ProviderFor(string login) =>
        Contact.LooksLikeEmail(login) ? TokenOptions.DefaultEmailProvider : TokenOptions.DefaultPhoneProvider;
}
