namespace Yunpan.Desk;

/// <summary>Checks free-text fields: trimmed, bounded, present where required.</summary>
internal static class DeskText
{
    public static string Required(string? value, string field, int max) =>
        Optional(value, field, max) ?? throw DeskErrors.Invalid($"'{field}' is required.");

    public static string? Optional(string? value, string field, int max)
    {
        var text = value?.Trim();
        if (text is { Length: > 0 } && text.Length > max)
        {
            throw DeskErrors.Invalid($"'{field}' is longer than {max} characters.");
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
