using System.Net.Mail;
using System.Text.RegularExpressions;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Accounts.Members;

/// <summary>Parsing and normalization of the two identifiers a member signs in with.</summary>
public static partial class Contact
{
    public static bool LooksLikeEmail(string login) => login.Contains('@', StringComparison.Ordinal);

    /// <summary>A trimmed e-mail address, or <c>invalid_email</c>.</summary>
    public static string Email(string? value)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 254 || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed
            || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.InvalidEmail, 400, "That is not a valid e-mail address.");
        }

        return trimmed;
    }

    /// <summary>
    /// A phone number in E.164 form. Mainland China mobile numbers may be given without the country code
    /// ("13800000000" becomes "+8613800000000"); others need a leading '+'. Spaces, dashes and brackets are ignored.
    /// </summary>
    public static string Phone(string? value)
    {
        var compact = Separators().Replace(value ?? string.Empty, string.Empty);
        if (ChinaMobile().IsMatch(compact))
        {
            return "+86" + compact;
        }

        if (E164().IsMatch(compact))
        {
            return compact;
        }

        throw new DomainException(ErrorCodes.InvalidPhone, 400,
            "That is not a valid mobile number: use 11 digits for a mainland China number or +<country code><number>.");
    }

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex ChinaMobile();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();
}
