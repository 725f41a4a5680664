using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Properties;
using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

/// <summary>
/// PROPPATCH (RFC 4918 §9.2): sets and removes dead properties in document order, all or nothing. A protected live
/// property in the request fails with 403 and everything else with 424, and nothing is changed.
/// </summary>
internal sealed class ProppatchMethod(IDriveFiles drive, DeadProperties dead, LockGuard guard, IOptions<WebDavOptions> options) : IDavMethod
{
    public async Task HandleAsync(DavRequest request)
    {
        var body = await SafeXml.ReadAsync(request.Request, options.Value.MaxXmlBytes, request.Aborted);
        if (body?.Root is not { } root || root.Name != DavNames.PropertyUpdate)
        {
            throw new DavException(StatusCodes.Status400BadRequest, "The body of a PROPPATCH must be a DAV:propertyupdate element.");
        }

        var target = await drive.FindAsync(request.OwnerId, request.Path, request.Aborted)
            ?? throw new DavException(StatusCodes.Status404NotFound, "Nothing at this URL.");
        await guard.EvaluateIfAsync(request.Mount, request.Path, request.If, request.Aborted);
        await guard.EnsureCanWriteAsync(request.Mount, request.If, request.Aborted, new LockGuard.Target(request.Path, false, false));

        var operations = new List<(bool Set, XElement Property)>();
        foreach (var instruction in root.Elements())
        {
            if (instruction.Name != DavNames.Set && instruction.Name != DavNames.Remove)
            {
                throw new DavException(StatusCodes.Status400BadRequest, "DAV:propertyupdate holds only DAV:set and DAV:remove.");
            }

            foreach (var prop in instruction.Elements(DavNames.Prop))
            {
                operations.AddRange(prop.Elements().Select(p => (instruction.Name == DavNames.Set, p)));
            }
        }

        var refused = operations
            .Where(o => LiveProperties.IsProtected(o.Property.Name) || (o.Set && o.Property.ToString(SaveOptions.DisableFormatting).Length > options.Value.MaxPropertyXml))
            .Select(o => o.Property.Name)
            .ToHashSet();
        var statuses = operations.Select(o => o.Property.Name).Distinct()
            .Select(n => (Name: n, Status: refused.Count == 0 ? 200 : refused.Contains(n) ? 403 : 424))
            .ToList();

        if (refused.Count == 0)
        {
            foreach (var (set, property) in operations)
            {
                if (set)
                {
                    await dead.SetAsync(request.OwnerId, target.Id, new XElement(property), request.Aborted);
                }
                else
                {
                    await dead.RemoveAsync(request.OwnerId, target.Id, property.Name, request.Aborted);
                }

                // Each step is saved so that a later remove or set of the same name sees it (propsetremove).
                await dead.SaveAsync(request.Aborted);
            }
        }

        await using var writer = MultistatusWriter.Start(request.Response);
        var ok = statuses.Where(s => s.Status == 200).Select(s => new XElement(s.Name)).ToList();
        var failed = statuses.Where(s => s.Status != 200).Select(s => (s.Name, s.Status)).ToList();
        await writer.ResponseAsync(request.Mount.Href(target.Path, target.IsFolder), ok, failed);
    }
}
