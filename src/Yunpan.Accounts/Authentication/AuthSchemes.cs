namespace Yunpan.Accounts.Authentication;

public static class AuthSchemes
{
    /// <summary>The default: forwards to <see cref="AccessToken"/> when a Bearer header is present, else the cookie.</summary>
    public const string Default = "Yunpan";

    public const string AccessToken = "Bearer";

    /// <summary>HTTP Basic with an access token or e-mail/phone + password, for protocol clients (WebDAV); opt-in per endpoint.</summary>
    public const string Basic = "Basic";

    public const string AuthMethodClaim = "amr";
}
