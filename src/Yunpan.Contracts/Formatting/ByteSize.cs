using System.Globalization;

namespace Yunpan.Contracts.Formatting;

/// <summary>Byte counts as people read them (binary units, one decimal), in the current culture unless told: the
/// server's messages (invariant) and the web app (the reader's culture) say sizes the same way.</summary>
public static class ByteSize
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB", "PB"];

    public static string Format(long bytes, IFormatProvider? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? string.Create(culture, $"{bytes} B") : string.Create(culture, $"{value:0.#} {Units[unit]}");
    }
}
