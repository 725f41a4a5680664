using System.Security.Cryptography;

namespace Yunpan.Sharing.Links;

/// <summary>Link tokens: 128 bits from the system's CSPRNG, base64url without padding (22 characters, URL-safe).</summary>
internal static class LinkTokens
{
    private const int Bytes = 16;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Only what <see cref="New"/> makes can name a link: anything else is answered without a query.</summary>
    public static bool IsWellFormed(string token) =>
        token.Length == 22 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
