namespace Yunpan.Accounts.Endpoints;

public static class RateLimits
{
    /// <summary>Per client address: sign-in, registration, token creation and verification codes.</summary>
    public const string Auth = "auth";
}
