using Microsoft.AspNetCore.Identity;

namespace Yunpan.Accounts.Members;

internal static class IdentityResults
{
    /// <summary>A password the configured rules refuse is the member's to fix: 400 weak_password with the reasons.</summary>
    public static void ThrowIfWeakPassword(this IdentityResult result)
    {
        var reasons = result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).Select(e => e.Description).ToList();
        if (reasons.Count > 0)
        {
            throw AccountsErrors.WeakPassword(reasons);
        }
    }

    /// <summary>Identity failures that reach this point are bugs or races, not member errors.</summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity operation failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
