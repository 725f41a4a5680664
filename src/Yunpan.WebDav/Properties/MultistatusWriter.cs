using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Properties;

/// <summary>
/// Writes a 207 Multi-Status body into the response as each resource is described. The XML goes (synchronously,
/// which is several times faster than XmlWriter's async path) into a small buffer that is sent whenever it passes
/// <see cref="SendAt"/> bytes: a listing of 100 000 entries takes as much memory as one of ten.
/// </summary>
internal sealed class MultistatusWriter : IAsyncDisposable
{
    private const int SendAt = 32 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly XmlWriter _xml;
    private readonly MemoryStream _buffer;
    private readonly Stream _body;
    private readonly CancellationToken _aborted;

    private MultistatusWriter(XmlWriter xml, MemoryStream buffer, Stream body, CancellationToken aborted)
    {
        _xml = xml;
        _buffer = buffer;
        _body = body;
        _aborted = aborted;
    }

    public static Task<MultistatusWriter> StartAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status207MultiStatus;
        response.ContentType = "application/xml; charset=utf-8";
        var buffer = new MemoryStream(SendAt * 2);
        var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = Utf8, Indent = false, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("d", "multistatus", DavNames.Dav);
        // The extension namespaces are declared once here so that properties below reuse the short prefixes.
        xml.WriteAttributeString("xmlns", "oc", null, DavNames.OwnCloud);
        xml.WriteAttributeString("xmlns", "nc", null, DavNames.Nextcloud);
        return Task.FromResult(new MultistatusWriter(xml, buffer, response.Body, response.HttpContext.RequestAborted));
    }

    /// <summary>One resource: its href and its properties grouped by status (200 with values, others names only).</summary>
    public Task ResponseAsync(string href, IReadOnlyList<XElement> found, IReadOnlyList<(XName Name, int Status)> failed)
    {
        _xml.WriteStartElement("d", "response", DavNames.Dav);
        _xml.WriteElementString("d", "href", DavNames.Dav, href);
        if (found.Count > 0 || failed.Count == 0)
        {
            Propstat(found, 200);
        }

        foreach (var group in failed.GroupBy(f => f.Status))
        {
            Propstat(group.Select(f => new XElement(f.Name)).ToList(), group.Key);
        }

        _xml.WriteEndElement();
        return SendIfFullAsync();
    }

    /// <summary>A resource answered with a status alone (e.g. a member of a failed batch).</summary>
    public async ValueTask DisposeAsync()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Dispose();
        await SendAsync();
    }

    private void Propstat(IReadOnlyList<XElement> properties, int status)
    {
        _xml.WriteStartElement("d", "propstat", DavNames.Dav);
        _xml.WriteStartElement("d", "prop", DavNames.Dav);
        foreach (var property in properties)
        {
            property.WriteTo(_xml);
        }

        _xml.WriteEndElement();
        _xml.WriteElementString("d", "status", DavNames.Dav, DavStatus.Line(status));
        _xml.WriteEndElement();
    }

    private Task SendIfFullAsync()
    {
        _xml.Flush();
        return _buffer.Length >= SendAt ? SendAsync() : Task.CompletedTask;
    }

    private async Task SendAsync()
    {
        _xml.Flush();
        if (_buffer.Length > 0)
        {
            await _body.WriteAsync(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), _aborted);
            _buffer.SetLength(0);
        }
    }
}
