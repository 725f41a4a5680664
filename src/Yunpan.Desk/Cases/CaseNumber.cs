using System.Globalization;
using System.Security.Cryptography;

namespace Yunpan.Desk.Cases;

/// <summary>Case numbers people can read out on the phone: the day and six random digits (unique in the table).</summary>
internal static class CaseNumber
{
    public static string New(DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"YP-{now.UtcDateTime:yyyyMMdd}-{RandomNumberGenerator.GetInt32(1_000_000):D6}");
}
