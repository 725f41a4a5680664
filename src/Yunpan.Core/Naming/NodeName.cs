using System.Text;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Core.Naming;

/// <summary>
/// The rules for one file or folder name (<see cref="NodeNameRules"/>, which clients check too), enforced. Names are
/// stored in Unicode NFC so that the same name typed on macOS (NFD) and on Windows (NFC) is the same node.
/// </summary>
public static class NodeName
{
    /// <summary>Longest name in UTF-8 bytes: the common limit of desktop file systems.</summary>
    public const int MaxBytes = NodeNameRules.MaxBytes;

    /// <summary>Returns null for a valid name, or the reason it is refused.</summary>
    public static string? Problem(string? name) => NodeNameRules.Check(name) switch
    {
        null => null,
        NameProblem.Empty => "A name cannot be empty.",
        NameProblem.DotName => "'.' and '..' are not names.",
        NameProblem.Separator => "A name cannot contain '/' or '\\'.",
        NameProblem.ControlCharacter => "A name cannot contain control characters.",
        NameProblem.TrailingDotOrSpace => "A name cannot end with a dot or a space.",
        NameProblem.NotUnicode => "A name must be valid Unicode text.",
        NameProblem.TooLong => $"A name can be at most {MaxBytes} bytes long in UTF-8.",
        var other => throw new ArgumentOutOfRangeException(nameof(name), other, "A rule without a message."),
    };

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
}
