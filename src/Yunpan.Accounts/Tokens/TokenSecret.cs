using System.Security.Cryptography;
using System.Text;

namespace Yunpan.Accounts.Tokens;

/// <summary>Access token secrets: "yp_" and 40 URL-safe characters (240 random bits). Stored only as SHA-256.</summary>
internal static class TokenSecret
{
    public const string Prefix = "yp_";

    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[30];
        RandomNumberGenerator.Fill(bytes);
        return Prefix + Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Hint(string secret) => secret[..Math.Min(secret.Length, 7)];
}
