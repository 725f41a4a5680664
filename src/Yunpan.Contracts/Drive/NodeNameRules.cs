using System.Text;

namespace Yunpan.Contracts.Drive;

/// <summary>What is wrong with a file or folder name, when something is.</summary>
public enum NameProblem
{
    Empty,
    DotName,
    Separator,
    ControlCharacter,
    TrailingDotOrSpace,
    NotUnicode,
    TooLong,
}

/// <summary>
/// The rules for one file or folder name, shared by the server (which enforces them: Yunpan.Core's NodeName) and its
/// clients (which tell the member before asking). They keep names portable to Windows, macOS and Linux clients that
/// sync the drive over WebDAV or the CLI; names are compared in Unicode NFC.
/// </summary>
public static class NodeNameRules
{
    /// <summary>Longest name in UTF-8 bytes (of its NFC form): the common limit of desktop file systems.</summary>
    public const int MaxBytes = 255;

    /// <summary>The first rule <paramref name="name"/> breaks, or null when it is a valid name.</summary>
    public static NameProblem? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return NameProblem.Empty;
        }

        if (name is "." or "..")
        {
            return NameProblem.DotName;
        }

        foreach (var ch in name)
        {
            if (ch is '/' or '\\')
            {
                return NameProblem.Separator;
            }

            if (char.IsControl(ch))
            {
                return NameProblem.ControlCharacter;
            }
        }

        if (name[^1] is '.' or ' ')
        {
            return NameProblem.TrailingDotOrSpace;
        }

        if (!IsWellFormed(name) || NormalizeOrNull(name) is not { } normalized)
        {
            return NameProblem.NotUnicode;
        }

        return Encoding.UTF8.GetByteCount(normalized) > MaxBytes ? NameProblem.TooLong : null;
    }

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
