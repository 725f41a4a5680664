using System.IO.Pipelines;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Properties;

/// <summary>
/// Writes a 207 Multi-Status body as each resource is described, and sends it to the response whenever
/// <see cref="SendAt"/> bytes have gathered: a listing of 100 000 entries takes as much memory as one of ten. A
/// resource is written as <see cref="BeginResponse"/>, its properties into <see cref="Found"/> (the 200 propstat,
/// opened on first use) or <see cref="Missing"/>, then <see cref="EndResponseAsync"/>.
/// </summary>
internal sealed class MultistatusWriter : IAsyncDisposable
{
    private const int SendAt = 128 * 1024;
    private static readonly byte[] Ok = PropstatEnd(200);
    private readonly PipeWriter _body;
    private readonly Utf8Xml _xml;
    private readonly List<(XName Name, int Status)> _failed = [];
    private readonly CancellationToken _aborted;
    private bool _found;

    private MultistatusWriter(PipeWriter body, CancellationToken aborted)
    {
        _body = body;
        _xml = new Utf8Xml(8 * 1024); // grows to SendAt and one response more, for long listings only
        _aborted = aborted;
    }

    public static MultistatusWriter Start(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status207MultiStatus;
        response.ContentType = "application/xml; charset=utf-8";
        var writer = new MultistatusWriter(response.BodyWriter, response.HttpContext.RequestAborted);
        // The extension namespaces are declared once here so that properties below use the short prefixes (XmlTag).
        writer._xml.Markup("""<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">"""u8);
        return writer;
    }

    /// <summary>Starts a resource's d:response with the href of a drive path (each segment percent-encoded, a folder's
    /// with a trailing slash).</summary>
    public void BeginResponse(DavMount mount, string drivePath, bool isFolder)
    {
        _xml.Markup("<d:response><d:href>"u8);
        mount.WriteHref(_xml, drivePath, isFolder);
        _xml.Markup("</d:href>"u8);
    }

    /// <summary>Starts a resource's d:response with an href given as it is.</summary>
    public void BeginResponse(string href)
    {
        _xml.Markup("<d:response><d:href>"u8);
        _xml.Text(href);
        _xml.Markup("</d:href>"u8);
    }

    /// <summary>Where the properties of the 200 propstat are written.</summary>
    public Utf8Xml Found()
    {
        if (!_found)
        {
            _xml.Markup("<d:propstat><d:prop>"u8);
            _found = true;
        }

        return _xml;
    }

    /// <summary>A property reported by name alone, in a propstat of the given status.</summary>
    public void Missing(XName name, int status = StatusCodes.Status404NotFound) => _failed.Add((name, status));

    public ValueTask EndResponseAsync()
    {
        if (_found || _failed.Count == 0)
        {
            Found();
            _xml.Markup(Ok);
            _found = false;
        }

        if (_failed.Count > 0)
        {
            foreach (var group in _failed.GroupBy(f => f.Status))
            {
                _xml.Markup("<d:propstat><d:prop>"u8);
                foreach (var (name, _) in group)
                {
                    _xml.Empty(name);
                }

                _xml.Markup(PropstatEnd(group.Key));
            }

            _failed.Clear();
        }
        _xml.Markup("</d:response>"u8);
        return _xml.Written.Length >= SendAt ? SendAsync() : ValueTask.CompletedTask;
    }

    /// <summary>One resource: its href and its properties grouped by status (200 with values, others names only).</summary>
    public ValueTask ResponseAsync(string href, IEnumerable<XElement> found, IEnumerable<(XName Name, int Status)> failed)
    {
        BeginResponse(href);
        foreach (var property in found)
        {
            Found().Element(property);
        }

        foreach (var (name, status) in failed)
        {
            Missing(name, status);
        }

        return EndResponseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _xml.Markup("</d:multistatus>"u8);
        await SendAsync();
    }

    private static byte[] PropstatEnd(int status) => System.Text.Encoding.UTF8.GetBytes($"</d:prop><d:status>{DavStatus.Line(status)}</d:status></d:propstat>");

    private async ValueTask SendAsync()
    {
        await _body.WriteAsync(_xml.Written, _aborted);
        _xml.Clear();
    }
}
