using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Persistence;
using Yunpan.WebDav.Properties;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>
/// PROPFIND at depth 0 or 1. Depth infinity is refused with 403 and DAV:propfind-finite-depth (RFC 4918 §9.1: a
/// whole-drive walk in one request is a denial-of-service vector and no mainstream client needs it); a request
/// without a Depth header is treated as depth 1, as SabreDAV and Nextcloud do. The answer streams: children are read
/// from the database a page at a time and written as they come, dead properties fetched per batch (not at all when
/// the member has none).
/// </summary>
internal sealed class PropfindMethod(IDriveFiles drive, DeadProperties dead, LockStore locks, IOptions<WebDavOptions> options) : IDavMethod
{
    private const int Batch = 200;

    private enum Mode
    {
        AllProp,
        PropName,
        Named,
    }

    public async Task HandleAsync(DavRequest request)
    {
        var depth = DepthHeader.Read(request.Request, Depth.One);
        if (depth == Depth.Infinity)
        {
            throw new DavException(StatusCodes.Status403Forbidden, "PROPFIND with Depth: infinity is not supported; walk the tree with Depth: 1.",
                new XElement(DavNames.D + "propfind-finite-depth"));
        }

        var (mode, names) = ReadBody(await SafeXml.ReadAsync(request.Request, options.Value.MaxXmlBytes, request.Aborted));
        var target = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted)
            ?? throw new DavException(StatusCodes.Status404NotFound, "Nothing at this URL.");

        var needDead = (mode != Mode.Named || names.Any(n => !IsLive(n))) && await dead.AnyAsync(request.OwnerId, request.Aborted);
        var needLocks = mode != Mode.Named || names.Contains(DavNames.LockDiscovery);
        var activeLocks = needLocks ? await ActiveLocksAsync(request, target) : [];
        var live = new LiveProperties(drive, request.Mount, activeLocks, request.Aborted);

        await using var writer = MultistatusWriter.Start(request.Response);
        await WriteBatchAsync(request, writer, live, mode, names, needDead, [target]);
        if (depth == Depth.One && target.IsFolder)
        {
            var batch = new List<DriveEntry>(Batch);
            await foreach (var child in drive.ChildrenAsync(request.OwnerId, request.Path, request.Aborted))
            {
                batch.Add(child);
                if (batch.Count == Batch)
                {
                    await WriteBatchAsync(request, writer, live, mode, names, needDead, batch);
                    batch.Clear();
                }
            }

            await WriteBatchAsync(request, writer, live, mode, names, needDead, batch);
        }
    }

    private async Task<IReadOnlyList<DavLock>> ActiveLocksAsync(DavRequest request, DriveEntry target)
    {
        var result = await locks.CoveringAsync(request.OwnerId, request.Path, request.Aborted);
        if (target.IsFolder)
        {
            result.AddRange(await locks.BelowAsync(request.OwnerId, request.Path, request.Aborted));
        }

        return result;
    }

    private async Task WriteBatchAsync(DavRequest request, MultistatusWriter writer, LiveProperties live, Mode mode, IReadOnlyList<XName> names, bool needDead, List<DriveEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var stored = needDead ? await dead.ForAsync(request.OwnerId, entries.Select(e => e.Id).ToList(), request.Aborted) : null;
        foreach (var entry in entries)
        {
            var own = stored?[entry.Id] ?? [];
            writer.BeginResponse(request.Mount, entry.Path, entry.IsFolder);
            switch (mode)
            {
                case Mode.PropName:
                    foreach (var name in LiveProperties.AllProp.Where(n => LiveProperties.Has(n, entry)))
                    {
                        writer.Found().Empty(name);
                    }

                    foreach (var property in own)
                    {
                        writer.Found().Empty(XName.Get(property.Name, property.Namespace));
                    }

                    break;
                case Mode.AllProp:
                    foreach (var name in LiveProperties.AllProp.Where(n => LiveProperties.Has(n, entry)))
                    {
                        await live.WriteAsync(name, entry, writer.Found());
                    }

                    foreach (var property in own)
                    {
                        writer.Found().Markup(property.Xml);
                    }

                    break;
                default:
                    foreach (var name in names)
                    {
                        if (LiveProperties.Has(name, entry))
                        {
                            await live.WriteAsync(name, entry, writer.Found());
                        }
                        else if (own.FirstOrDefault(p => p.Namespace == name.NamespaceName && p.Name == name.LocalName) is { } property)
                        {
                            writer.Found().Markup(property.Xml);
                        }
                        else
                        {
                            writer.Missing(name);
                        }
                    }

                    break;
            }

            await writer.EndResponseAsync();
        }
    }

    /// <summary>Names the server computes; any other name (an oc:favorite a client stored, too) is looked up among
    /// the dead properties.</summary>
    private static bool IsLive(XName name) => LiveProperties.IsComputed(name);

    private static (Mode Mode, IReadOnlyList<XName> Names) ReadBody(XDocument? body)
    {
        if (body is null)
        {
            return (Mode.AllProp, []);
        }

        var root = body.Root!;
        if (root.Name != DavNames.PropFind)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "The body of a PROPFIND must be a DAV:propfind element.");
        }

        var first = root.Elements().FirstOrDefault(e => e.Name != DavNames.Include)
            ?? throw new DavException(StatusCodes.Status400BadRequest, "DAV:propfind needs allprop, propname or prop.");
        if (first.Name == DavNames.AllProp)
        {
            return (Mode.AllProp, []);
        }

        if (first.Name == DavNames.PropName)
        {
            return (Mode.PropName, []);
        }

        if (first.Name == DavNames.Prop)
        {
            return (Mode.Named, first.Elements().Select(e => e.Name).Distinct().ToList());
        }

        throw new DavException(StatusCodes.Status400BadRequest, "DAV:propfind needs allprop, propname or prop.");
    }
}
