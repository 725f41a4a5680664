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

        // Drop China's country code; keep the first three and last four digits of a mobile-length number, only the last
        // four of a shorter one (so at least four stay hidden), and nothing of a number shorter than eight.
        var digits = phone.StartsWith("+86", StringComparison.Ordinal) ? phone[3..] : phone;
        return digits.Length switch
        {
            < 8 => new string('*', digits.Length),
            < 11 => "****" + digits[^4..],
            _ => digits[..3] + "****" + digits[^4..],
        };
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
