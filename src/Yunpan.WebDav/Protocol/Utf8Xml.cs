using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Xml.Linq;

namespace Yunpan.WebDav.Protocol;

/// <summary>
/// XML written as UTF-8 into a buffer of its own: markup known in advance is copied as bytes, text is escaped and
/// transcoded in place, numbers and dates are formatted into the buffer. A listing of 10 000 entries otherwise spends
/// most of its time building XElements and running them through XmlWriter; and the buffer is not the response's pipe,
/// whose Kestrel implementation takes a lock on every GetSpan and Advance. Elements of the DAV:, ownCloud and
/// Nextcloud namespaces use the prefixes the multistatus root declares (<see cref="XmlTag"/>).
/// </summary>
internal sealed class Utf8Xml(int capacity)
{
    // Text needs escaping only for these; CR is written as a reference so that a parser does not fold it into LF.
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\r");

    private byte[] _buffer = new byte[capacity];
    private int _length;

    /// <summary>What was written since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    public void Clear() => _length = 0;

    public void Markup(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Space(utf8.Length));
        Advance(utf8.Length);
    }

    /// <summary>Well-formed XML held as a string (a stored dead property), copied as it is.</summary>
    public void Markup(string xml) => Transcode(xml);

    public void Text(string text)
    {
        var rest = text.AsSpan();
        for (var special = rest.IndexOfAny(Special); special >= 0; special = rest.IndexOfAny(Special))
        {
            Transcode(rest[..special]);
            Markup(rest[special] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "&#xD;"u8,
            });
            rest = rest[(special + 1)..];
        }

        Transcode(rest);
    }

    public void Empty(XName name) => Markup(XmlTag.Of(name).Empty);

    public void Element(XName name, string text)
    {
        var tag = XmlTag.Of(name);
        Markup(tag.Open);
        Text(text);
        Markup(tag.Close);
    }

    public void Element<T>(XName name, T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var tag = XmlTag.Of(name);
        Markup(tag.Open);
        Formatted(value, format);
        Markup(tag.Close);
    }

    /// <summary>
    /// Any element: those of the known namespaces without attributes are written here with the root's prefixes; any
    /// other (a lock owner, a property with xml:lang or its own namespaces) as XLinq serializes it, with the namespace
    /// declarations it needs.
    /// </summary>
    public void Element(XElement element)
    {
        if (element.HasAttributes || !XmlTag.HasPrefix(element.Name.Namespace))
        {
            Markup(element.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces));
            return;
        }

        var tag = XmlTag.Of(element.Name);
        if (element.IsEmpty)
        {
            Markup(tag.Empty);
            return;
        }

        Markup(tag.Open);
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child:
                    Element(child);
                    break;
                case XText text:
                    Text(text.Value);
                    break;
                default:
                    Markup(node.ToString(SaveOptions.DisableFormatting));
                    break;
            }
        }

        Markup(tag.Close);
    }

    /// <summary>Percent-encodes a path segment the way <see cref="Uri.EscapeDataString(string)"/> does: all but
    /// RFC 3986's unreserved characters, as UTF-8 bytes (the result never needs XML escaping).</summary>
    public void Segment(ReadOnlySpan<char> segment)
    {
        var bytes = segment.Length <= 256 ? stackalloc byte[segment.Length * 3] : new byte[segment.Length * 3];
        Utf8.FromUtf16(segment, bytes, out _, out var length);
        var target = Space(length * 3);
        var at = 0;
        foreach (var b in bytes[..length])
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                target[at++] = b;
            }
            else
            {
                target[at++] = (byte)'%';
                target[at++] = (byte)"0123456789ABCDEF"[b >> 4];
                target[at++] = (byte)"0123456789ABCDEF"[b & 0xF];
            }
        }

        Advance(at);
    }

    /// <summary>A number or date in its UTF-8 form (no escaping needed: formats of digits, letters and punctuation).</summary>
    private void Formatted<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var size = 64;
        while (true)
        {
            if (value.TryFormat(Space(size), out var written, format, System.Globalization.CultureInfo.InvariantCulture))
            {
                Advance(written);
                return;
            }

            size *= 2;
        }
    }

    private void Transcode(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Invalid UTF-16 (a lone surrogate) becomes U+FFFD, as Uri.EscapeDataString and the encoders do.
        var span = Space(Encoding.UTF8.GetMaxByteCount(text.Length));
        Utf8.FromUtf16(text, span, out _, out var written);
        Advance(written);
    }

    private Span<byte> Space(int size)
    {
        if (_buffer.Length - _length < size)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + size));
        }

        return _buffer.AsSpan(_length);
    }

    private void Advance(int count) => _length += count;
}
