namespace Yunpan.Desk.Context;

/// <summary>K-12: personal data as staff see it until they reveal it — "138****0199", "z***@example.com".</summary>
internal static class Masking
{
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        // Keep the country code and the first three and last four digits of the number itself.
        var digits = phone.StartsWith("+86", StringComparison.Ordinal) ? phone[3..] : phone;
        return digits.Length < 8 ? new string('*', digits.Length) : digits[..3] + "****" + digits[^4..];
    }

    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return email;
        }

        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : email[0] + "***" + email[at..];
    }
}
