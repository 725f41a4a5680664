using System.Diagnostics;
using System.Security.Cryptography;
using System.Xml.Linq;
using Yunpan.Drive.Files;
using Yunpan.WebDav.Locks;
using Yunpan.WebDav.Persistence;
using Yunpan.WebDav.Protocol;
using static Yunpan.WebDav.Protocol.DavNames;

namespace Yunpan.WebDav.Properties;

/// <summary>
/// The properties the server computes (RFC 4918 §15, RFC 4331 quota, and the ownCloud/Nextcloud ones sync clients
/// read). Values that cost a query (quota, folder sizes, locks) are fetched once per request and only when asked for.
/// </summary>
internal sealed class LiveProperties(IDriveFiles drive, DavMount mount, IReadOnlyList<DavLock> locks, CancellationToken cancellationToken)
{
    /// <summary>What allprop returns besides dead properties (quota is left out, as RFC 4331 §3 advises).</summary>
    public static readonly XName[] AllProp =
        [CreationDate, DisplayName, GetContentLength, GetContentType, GetETag, GetLastModified, ResourceType, SupportedLock, LockDiscovery];

    /// <summary>Live names a client may not set or remove with PROPPATCH.</summary>
    public static bool IsProtected(XName name) =>
        name.Namespace == D || name == OcId || name == OcFileId || name == OcPermissions || name == OcSize || name == OcChecksums;

    private enum Kind
    {
        CreationDate,
        DisplayName,
        GetContentLength,
        GetContentType,
        GetETag,
        GetLastModified,
        ResourceType,
        SupportedLock,
        LockDiscovery,
        QuotaUsed,
        QuotaAvailable,
        OcId,
        OcFileId,
        OcPermissions,
        OcSize,
        OcChecksums,
        OcDataFingerprint,
        OcShareTypes,
        NcIsEncrypted,
        NcHasPreview,
    }

    private static readonly Dictionary<XName, Kind> Kinds = new()
    {
        [CreationDate] = Kind.CreationDate,
        [DisplayName] = Kind.DisplayName,
        [GetContentLength] = Kind.GetContentLength,
        [GetContentType] = Kind.GetContentType,
        [GetETag] = Kind.GetETag,
        [GetLastModified] = Kind.GetLastModified,
        [ResourceType] = Kind.ResourceType,
        [SupportedLock] = Kind.SupportedLock,
        [LockDiscovery] = Kind.LockDiscovery,
        [QuotaUsed] = Kind.QuotaUsed,
        [QuotaAvailable] = Kind.QuotaAvailable,
        [OcId] = Kind.OcId,
        [OcFileId] = Kind.OcFileId,
        [OcPermissions] = Kind.OcPermissions,
        [OcSize] = Kind.OcSize,
        [OcChecksums] = Kind.OcChecksums,
        [OcDataFingerprint] = Kind.OcDataFingerprint,
        [OcShareTypes] = Kind.OcShareTypes,
        [NcIsEncrypted] = Kind.NcIsEncrypted,
        [NcHasPreview] = Kind.NcHasPreview,
    };

    private DriveSpace? _space;

    public static bool IsComputed(XName name) => Kinds.ContainsKey(name);

    /// <summary>Whether the server has a value of this name for the entry (a folder has no length or type).</summary>
    public static bool Has(XName name, DriveEntry entry) => Kinds.TryGetValue(name, out var kind) && kind switch
    {
        Kind.GetContentLength or Kind.GetContentType => !entry.IsFolder,
        Kind.OcChecksums => !entry.IsFolder && entry.Sha256 is not null,
        _ => true,
    };

    /// <summary>Writes the property element of a name for which <see cref="Has"/> is true. Only quota and oc:size
    /// query; every other value is written synchronously, without a state machine per property.</summary>
    public ValueTask WriteAsync(XName name, DriveEntry entry, Utf8Xml xml)
    {
        var kind = Kinds[name];
        if (kind is Kind.QuotaUsed or Kind.QuotaAvailable or Kind.OcSize)
        {
            return WriteCountAsync(name, kind, entry, xml);
        }

        Write(name, kind, entry, xml);
        return ValueTask.CompletedTask;
    }

    private void Write(XName name, Kind kind, DriveEntry entry, Utf8Xml xml)
    {
        switch (kind)
        {
            case Kind.CreationDate:
                xml.Element(name, entry.CreatedAt.UtcDateTime, "yyyy-MM-dd'T'HH:mm:ss'Z'");
                break;
            case Kind.DisplayName:
                xml.Element(name, entry.Name);
                break;
            case Kind.GetContentLength:
                xml.Element(name, entry.Size);
                break;
            case Kind.GetContentType:
                xml.Element(name, entry.ContentType);
                break;
            case Kind.GetETag:
                xml.Element(name, entry.ETag);
                break;
            case Kind.GetLastModified:
                xml.Element(name, entry.ModifiedAt.UtcDateTime, "r");
                break;
            case Kind.ResourceType:
                xml.Markup(entry.IsFolder ? "<d:resourcetype><d:collection/></d:resourcetype>"u8 : "<d:resourcetype/>"u8);
                break;
            case Kind.SupportedLock:
                xml.Markup("<d:supportedlock><d:lockentry><d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype></d:lockentry><d:lockentry><d:lockscope><d:shared/></d:lockscope><d:locktype><d:write/></d:locktype></d:lockentry></d:supportedlock>"u8);
                break;
            case Kind.LockDiscovery:
                xml.Element(new XElement(name, locks.Where(l => Covers(l, entry.Path)).Select(l => LockXml.ActiveLock(l, mount))));
                break;
            case Kind.OcId:
                xml.Element(name, entry.Id, "N");
                break;
            case Kind.OcFileId:
                xml.Element(name, NumericId(entry.Id));
                break;
            case Kind.OcPermissions:
                xml.Element(name, entry.IsFolder ? "DNVCK" : "DNVW");
                break;
            case Kind.OcChecksums:
                xml.Element(new XElement(name, new XElement(Oc + "checksum", "SHA256:" + entry.Sha256)));
                break;
            case Kind.NcIsEncrypted:
                xml.Element(name, "0");
                break;
            case Kind.NcHasPreview:
                xml.Element(name, "false");
                break;
            case Kind.OcDataFingerprint or Kind.OcShareTypes:
                xml.Empty(name);
                break;
            default:
                throw new UnreachableException($"{name} is written by {nameof(WriteCountAsync)}.");
        }
    }

    private async ValueTask WriteCountAsync(XName name, Kind kind, DriveEntry entry, Utf8Xml xml)
    {
        var count = kind switch
        {
            Kind.QuotaUsed => (await SpaceAsync()).Used,
            Kind.QuotaAvailable => (await SpaceAsync()).Available,
            _ => await drive.TreeSizeAsync(mount.OwnerId, entry, cancellationToken),
        };
        xml.Element(name, count);
    }

    /// <summary>A stable 63-bit number for a node id: Nextcloud clients want oc:fileid numeric; ids are UUIDs.</summary>
    public static long NumericId(Guid id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(id.ToByteArray(), hash);
        return BitConverter.ToInt64(hash) & 0x3FFF_FFFF_FFFF_FFFF;
    }

    private static bool Covers(DavLock l, string entryPath)
    {
        var path = entryPath == "/" ? string.Empty : entryPath;
        return l.Path == path || (l.Deep && (l.Path.Length == 0 || path.StartsWith(l.Path + "/", StringComparison.Ordinal)));
    }

    private async ValueTask<DriveSpace> SpaceAsync() => _space ??= await drive.SpaceAsync(mount.OwnerId, cancellationToken);
}
