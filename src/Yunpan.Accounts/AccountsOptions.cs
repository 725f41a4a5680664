using System.ComponentModel.DataAnnotations;

namespace Yunpan.Accounts;

public enum RegistrationMode
{
    /// <summary>Anyone may register (A-1 default).</summary>
    Open,

    /// <summary>Only an admin creates accounts.</summary>
    Closed,
}

/// <summary>Configuration section <c>Accounts</c>.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    public RegistrationMode Registration { get; set; } = RegistrationMode.Open;

    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 8;

    /// <summary>Failed password attempts before the account is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests per client address and window to the sign-in, registration, token and code endpoints.</summary>
    [Range(1, 100_000)]
    public int AuthRequestsPerWindow { get; set; } = 20;

    public TimeSpan AuthWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often a browser session is checked against the account: a changed password signs it out, and changed roles
    /// apply from then on (a granted or revoked staff role, within this time). One small query per session and interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SessionRevalidation { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest lifetime a member may give an access token; null means tokens may be permanent.</summary>
    [Range(1, 36_500)]
    public int? MaxTokenLifetimeDays { get; set; }
}
