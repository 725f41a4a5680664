using System.Text;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;

namespace Yunpan.Core.Naming;

/// <summary>
/// A validated path inside one member's drive: '/'-separated names from the member's root. It never refers to a
/// disk location (blobs are addressed by hash), so there is nothing to traverse to; the parser still refuses every
/// traversal form outright, so that a suspicious request gets a clear error instead of a surprising success.
/// </summary>
public sealed class DrivePath : IEquatable<DrivePath>
{
    public const int MaxLength = 4096;
    public const int MaxDepth = 128;

    public static readonly DrivePath Root = new([]);

    private readonly string[] _segments;

    private DrivePath(string[] segments)
    {
        _segments = segments;
        Value = segments.Length == 0 ? "/" : "/" + string.Join('/', segments);
    }

    public IReadOnlyList<string> Segments => _segments;

    public bool IsRoot => _segments.Length == 0;

    /// <summary>The last name; empty for the root.</summary>
    public string Name => IsRoot ? string.Empty : _segments[^1];

    public DrivePath Parent => IsRoot ? this : new DrivePath(_segments[..^1]);

    /// <summary>"/" for the root, otherwise "/a/b".</summary>
    public string Value { get; }

    /// <summary>The form stored in the materialized path column: "" for the root, otherwise "/a/b".</summary>
    public string Stored => IsRoot ? string.Empty : Value;

    /// <summary>Parses a path given as text (JSON bodies, query strings). Leading and trailing '/' are optional.</summary>
    public static DrivePath Parse(string? text) => FromSegments(Split(text ?? string.Empty), decode: false);

    /// <summary>Parses the percent-encoded remainder of a URL (each segment encoded on its own).</summary>
    public static DrivePath ParseEncoded(string encoded) => FromSegments(Split(encoded), decode: true);

    public DrivePath Child(string name) => new([.. _segments, NodeName.Normalize(name)]);

    /// <summary>True when this path is <paramref name="ancestor"/> itself or lies below it.</summary>
    public bool IsSameOrBelow(DrivePath ancestor) =>
        ancestor._segments.Length <= _segments.Length
        && ancestor._segments.AsSpan().SequenceEqual(_segments.AsSpan(0, ancestor._segments.Length));

    public override string ToString() => Value;

    public bool Equals(DrivePath? other) => other is not null && Value == other.Value;

    public override bool Equals(object? obj) => Equals(obj as DrivePath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    private static List<string> Split(string text)
    {
        if (text.Length > MaxLength * 3)
        {
            throw Invalid("The path is too long.");
        }

        var trimmed = text.AsSpan().Trim('/');
        var parts = new List<string>();
        if (trimmed.IsEmpty)
        {
            return parts;
        }

        foreach (var range in trimmed.Split('/'))
        {
            parts.Add(trimmed[range].ToString());
        }

        return parts;
    }

    private static DrivePath FromSegments(List<string> raw, bool decode)
    {
        if (raw.Count > MaxDepth)
        {
            throw Invalid($"A path can be at most {MaxDepth} folders deep.");
        }

        var segments = new string[raw.Count];
        var length = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var segment = decode ? Decode(raw[i]) : raw[i];
            if (segment.Length == 0)
            {
                throw Invalid("A path cannot contain empty segments ('//').");
            }

            if (segment is "." or ".." || segment.Contains('/', StringComparison.Ordinal) || segment.Contains('\\', StringComparison.Ordinal))
            {
                throw Invalid("A path cannot contain '.', '..', an encoded '/' or a '\\' segment.");
            }

            segments[i] = NodeName.Normalize(segment);
            length += segments[i].Length + 1;
        }

        if (length > MaxLength)
        {
            throw Invalid($"A path can be at most {MaxLength} characters long.");
        }

        return new DrivePath(segments);
    }

    private static string Decode(string segment)
    {
        if (!segment.Contains('%', StringComparison.Ordinal))
        {
            return segment;
        }

        var source = Encoding.UTF8.GetBytes(segment);
        var decoded = new byte[source.Length];
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != (byte)'%')
            {
                decoded[n++] = source[i];
                continue;
            }

            if (i + 2 >= source.Length || !IsHex((char)source[i + 1]) || !IsHex((char)source[i + 2]))
            {
                throw Invalid("A path contains a malformed percent-encoding.");
            }

            decoded[n++] = (byte)((HexValue(source[i + 1]) << 4) | HexValue(source[i + 2]));
            i += 2;
        }

        try
        {
            return StrictUtf8.GetString(decoded, 0, n);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid("A path segment is not valid UTF-8 once decoded.");
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static DomainException Invalid(string message) => new(ErrorCodes.InvalidPath, 400, message);
}
