using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Persistence;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>
/// LOCK (RFC 4918 §9.10): a new exclusive or shared write lock at depth 0 or infinity, or — with no body and an If
/// header naming the token — a refresh. Locking an unmapped URL creates an empty file there (§9.10.4), which is how
/// Office and Finder start a new document. Conflicts answer 423 with DAV:no-conflicting-lock.
/// </summary>
internal sealed class LockMethod(IDriveFiles drive, LockStore locks, LockGuard guard, IOptions<WebDavOptions> options) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        var body = await SafeXml.ReadAsync(request.Request, options.Value.MaxXmlBytes, request.Aborted);
        var timeout = Timeout(request.Request);
        if (body is null)
        {
            await RefreshAsync(request, timeout);
            return;
        }

        var info = body.Root!;
        if (info.Name != DavNames.LockInfo || info.Element(DavNames.LockScope)?.Elements().FirstOrDefault() is not { } scope
            || info.Element(DavNames.LockType)?.Element(DavNames.Write) is null
            || (scope.Name != DavNames.Exclusive && scope.Name != DavNames.Shared))
        {
            throw new DavException(StatusCodes.Status400BadRequest, "LOCK needs a DAV:lockinfo with an exclusive or shared write lock.");
        }

        var depth = DepthHeader.Read(request.Request, Depth.Infinity);
        if (depth == Depth.One)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "LOCK takes Depth: 0 or infinity.");
        }

        var exclusive = scope.Name == DavNames.Exclusive;
        var existing = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted);
        var deep = depth == Depth.Infinity && existing is not { IsFolder: false };
        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        await EnsureNoConflictAsync(request, exclusive, deep);

        var created = false;
        if (existing is null)
        {
            await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, new LockGuard.Target(request.Path, true, false));
            await drive.WriteAsync(request.OwnerId, request.Path, Stream.Null, 0, request.Aborted);
            created = true;
        }

        var owner = info.Element(DavNames.Owner) is { } o ? new XElement(o).ToString(SaveOptions.DisableFormatting) : null;
        if (owner?.Length > 4096)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "The DAV:owner of a lock is limited to 4 KB.");
        }

        var entry = await locks.CreateAsync(request.OwnerId, request.Path, deep, exclusive, owner, timeout, request.Aborted);
        request.Response.Headers["Lock-Token"] = "<" + entry.Token + ">";
        await WriteAsync(request, entry, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private async Task RefreshAsync(DavRequest request, TimeSpan timeout)
    {
        var tokens = request.If?.SubmittedTokens.ToList() ?? [];
        if (tokens.Count == 0)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "A LOCK without a body refreshes a lock named in the If header.");
        }

        var covering = await locks.CoveringAsync(request.OwnerId, request.Path, request.Aborted);
        var match = covering.FirstOrDefault(l => tokens.Contains(l.Token, StringComparer.Ordinal))
            ?? throw new DavException(StatusCodes.Status412PreconditionFailed, "No lock named in the If header covers this URL.",
                new XElement(DavNames.D + "lock-token-matches-request-uri"));
        var entry = await locks.FindAsync(request.OwnerId, match.Token, request.Aborted)
            ?? throw new DavException(StatusCodes.Status412PreconditionFailed, "The lock has expired.");
        await locks.RefreshAsync(entry, timeout, request.Aborted);
        await WriteAsync(request, entry, StatusCodes.Status200OK);
    }

    private async Task EnsureNoConflictAsync(DavRequest request, bool exclusive, bool deep)
    {
        var others = await locks.CoveringAsync(request.OwnerId, request.Path, request.Aborted);
        if (deep)
        {
            others.AddRange(await locks.BelowAsync(request.OwnerId, request.Path, request.Aborted));
        }

        var conflict = others.FirstOrDefault(l => exclusive || l.Exclusive);
        if (conflict is not null)
        {
            throw new DavException(StatusCodes.Status423Locked, "A conflicting lock is held.",
                new XElement(DavNames.D + "no-conflicting-lock", new XElement(DavNames.D + "href", request.Mount.Href(conflict.Path, false))));
        }
    }

    private static async Task WriteAsync(DavRequest request, DavLock entry, int status)
    {
        var response = request.Response;
        response.StatusCode = status;
        response.ContentType = "application/xml; charset=utf-8";
        var document = new XElement(DavNames.Prop, new XAttribute(XNamespace.Xmlns + "d", DavNames.Dav),
            new XElement(DavNames.LockDiscovery, LockXml.ActiveLock(entry, request.Mount)));
        await using var xml = XmlWriter.Create(response.Body, new XmlWriterSettings { Async = true, Encoding = new System.Text.UTF8Encoding(false) });
        await document.WriteToAsync(xml, request.Aborted);
        await xml.FlushAsync();
    }

    /// <summary>The first Timeout the client offers ("Second-n" or "Infinite"), within the configured maximum.</summary>
    private TimeSpan Timeout(HttpRequest request)
    {
        var settings = options.Value;
        foreach (var part in request.Headers["Timeout"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("Second-", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(part["Second-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            {
                return TimeSpan.FromSeconds(Math.Min(seconds, settings.MaxLockTimeout.TotalSeconds));
            }

            if (part.Equals("Infinite", StringComparison.OrdinalIgnoreCase))
            {
                return settings.MaxLockTimeout;
            }
        }

        return settings.DefaultLockTimeout;
    }
}
