namespace Yunpan.Accounts.Verification;

internal static class CodePurposes
{
    public const string VerifyEmail = "verify-email";
}
