namespace Yunpan.Accounts.Authentication;

public static class AuthSchemes
{
    /// <summary>The default: forwards to <see cref="AccessToken"/> when a Bearer header is present, else the cookie.</summary>
    public const string Default = "Yunpan";

    public const string AccessToken = "Bearer";

    public const string AuthMethodClaim = "amr";
}
