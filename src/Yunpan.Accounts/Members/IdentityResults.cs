using Microsoft.AspNetCore.Identity;

namespace Yunpan.Accounts.Members;

internal static class IdentityResults
{
    /// <summary>Identity failures that reach this point are bugs or races, not member errors.</summary>
    public static void ThrowIfFailed(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity operation failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
