using System.Text;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Core.Naming;

/// <summary>
/// The rules for one file or folder name. Names are stored in Unicode NFC so that the same name typed on macOS
/// (NFD) and on Windows (NFC) is the same node. The rules keep names portable to Windows, macOS and Linux clients
/// that sync the drive over WebDAV or the CLI.
/// </summary>
public static class NodeName
{
    /// <summary>Longest name in UTF-8 bytes: the common limit of desktop file systems.</summary>
    public const int MaxBytes = 255;

    /// <summary>Returns the normalized name, or the reason it is refused.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "A name cannot be empty.";
        }

        if (name is "." or "..")
        {
            return "'.' and '..' are not names.";
        }

        foreach (var ch in name)
        {
            if (ch is '/' or '\\')
            {
                return "A name cannot contain '/' or '\\'.";
            }

            if (char.IsControl(ch))
            {
                return "A name cannot contain control characters.";
            }
        }

        if (name[^1] is '.' or ' ')
        {
            return "A name cannot end with a dot or a space.";
        }

        if (!IsWellFormed(name) || NormalizeOrNull(name) is not { } normalized)
        {
            return "A name must be valid Unicode text.";
        }

        if (Encoding.UTF8.GetByteCount(normalized) > MaxBytes)
        {
            return $"A name can be at most {MaxBytes} bytes long in UTF-8.";
        }

        return null;
    }

    /// <summary>Validates and normalizes a name, throwing <c>invalid_name</c> when it breaks a rule.</summary>
    public static string Normalize(string? name)
    {
        var problem = Problem(name);
        if (problem is not null)
        {
            throw new DomainException(ErrorCodes.InvalidName, 400, problem);
        }

        return name!.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key names are sorted and searched by: case-insensitive, culture-independent.</summary>
    public static string Key(string normalizedName) => normalizedName.ToLowerInvariant();

    /// <summary>NFC, or null where the normalizer refuses the text (it throws on U+FFFE, for one).</summary>
    private static string? NormalizeOrNull(string s)
    {
        try
        {
            return s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
