using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Properties;

/// <summary>
/// Writes a 207 Multi-Status body straight into the response as each resource is described: nothing but the
/// writer's small buffer is held, so a listing of 100 000 entries takes as much memory as one of ten.
/// </summary>
internal sealed class MultistatusWriter : IAsyncDisposable
{
    private const int FlushEvery = 64;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly XmlWriter _xml;
    private int _pending;

    private MultistatusWriter(XmlWriter xml) => _xml = xml;

    public static async Task<MultistatusWriter> StartAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status207MultiStatus;
        response.ContentType = "application/xml; charset=utf-8";
        var xml = XmlWriter.Create(response.Body, new XmlWriterSettings { Async = true, Encoding = Utf8, Indent = false, CloseOutput = false });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync("d", "multistatus", DavNames.Dav);
        // The extension namespaces are declared once here so that properties below reuse the short prefixes.
        await xml.WriteAttributeStringAsync("xmlns", "oc", null, DavNames.OwnCloud);
        await xml.WriteAttributeStringAsync("xmlns", "nc", null, DavNames.Nextcloud);
        return new MultistatusWriter(xml);
    }

    /// <summary>One resource: its href and its properties grouped by status (200 with values, others names only).</summary>
    public async Task ResponseAsync(string href, IReadOnlyList<XElement> found, IReadOnlyList<(XName Name, int Status)> failed)
    {
        await _xml.WriteStartElementAsync("d", "response", DavNames.Dav);
        await _xml.WriteElementStringAsync("d", "href", DavNames.Dav, href);
        if (found.Count > 0 || failed.Count == 0)
        {
            await PropstatAsync(found, 200);
        }

        foreach (var group in failed.GroupBy(f => f.Status))
        {
            await PropstatAsync(group.Select(f => new XElement(f.Name)).ToList(), group.Key);
        }

        await _xml.WriteEndElementAsync();
        await CountAsync();
    }

    /// <summary>A resource answered with a status alone (e.g. a member of a failed batch).</summary>
    public async Task StatusAsync(string href, int status)
    {
        await _xml.WriteStartElementAsync("d", "response", DavNames.Dav);
        await _xml.WriteElementStringAsync("d", "href", DavNames.Dav, href);
        await _xml.WriteElementStringAsync("d", "status", DavNames.Dav, DavStatus.Line(status));
        await _xml.WriteEndElementAsync();
        await CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
        await _xml.DisposeAsync();
    }

    private async Task PropstatAsync(IReadOnlyList<XElement> properties, int status)
    {
        await _xml.WriteStartElementAsync("d", "propstat", DavNames.Dav);
        await _xml.WriteStartElementAsync("d", "prop", DavNames.Dav);
        foreach (var property in properties)
        {
            await property.WriteToAsync(_xml, CancellationToken.None);
        }

        await _xml.WriteEndElementAsync();
        await _xml.WriteElementStringAsync("d", "status", DavNames.Dav, DavStatus.Line(status));
        await _xml.WriteEndElementAsync();
    }

    private async Task CountAsync()
    {
        if (++_pending >= FlushEvery)
        {
            _pending = 0;
            await _xml.FlushAsync();
        }
    }
}
