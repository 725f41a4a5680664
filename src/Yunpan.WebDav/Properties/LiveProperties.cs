using System.Globalization;
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

    private static readonly HashSet<XName> Computed =
    [
        CreationDate, DisplayName, GetContentLength, GetContentType, GetETag, GetLastModified, ResourceType, SupportedLock, LockDiscovery,
        QuotaUsed, QuotaAvailable, OcId, OcFileId, OcPermissions, OcSize, OcChecksums, OcDataFingerprint, OcShareTypes, NcIsEncrypted, NcHasPreview,
    ];

    private DriveSpace? _space;

    public static bool IsComputed(XName name) => Computed.Contains(name);

    public async ValueTask<XElement?> ValueAsync(XName name, DriveEntry entry)
    {
        if (name.Namespace == D)
        {
            return name.LocalName switch
            {
                "creationdate" => new XElement(name, entry.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                "displayname" => new XElement(name, entry.Name),
                "getcontentlength" when !entry.IsFolder => new XElement(name, entry.Size.ToString(CultureInfo.InvariantCulture)),
                "getcontenttype" when !entry.IsFolder => new XElement(name, entry.ContentType),
                "getetag" => new XElement(name, entry.ETag),
                "getlastmodified" => new XElement(name, entry.ModifiedAt.UtcDateTime.ToString("r", CultureInfo.InvariantCulture)),
                "resourcetype" => entry.IsFolder ? new XElement(name, new XElement(D + "collection")) : new XElement(name),
                "supportedlock" => new XElement(name, LockEntry(Exclusive), LockEntry(Shared)),
                "lockdiscovery" => new XElement(name, locks.Where(l => Covers(l, entry.Path)).Select(l => LockXml.ActiveLock(l, mount))),
                "quota-used-bytes" => new XElement(name, (await SpaceAsync()).Used.ToString(CultureInfo.InvariantCulture)),
                "quota-available-bytes" => new XElement(name, (await SpaceAsync()).Available.ToString(CultureInfo.InvariantCulture)),
                _ => null,
            };
        }

        if (name.Namespace == Oc)
        {
            return name.LocalName switch
            {
                "id" => new XElement(name, entry.Id.ToString("N")),
                "fileid" => new XElement(name, NumericId(entry.Id).ToString(CultureInfo.InvariantCulture)),
                "permissions" => new XElement(name, entry.IsFolder ? "DNVCK" : "DNVW"),
                "size" => new XElement(name, (entry.IsFolder ? await drive.TreeSizeAsync(mount.OwnerId, entry, cancellationToken) : entry.Size).ToString(CultureInfo.InvariantCulture)),
                "checksums" when !entry.IsFolder && entry.Sha256 is not null => new XElement(name, new XElement(Oc + "checksum", "SHA256:" + entry.Sha256)),
                "data-fingerprint" => new XElement(name),
                "share-types" => new XElement(name),
                _ => null,
            };
        }

        if (name.Namespace == Nc)
        {
            return name.LocalName switch
            {
                "is-encrypted" => new XElement(name, "0"),
                "has-preview" => new XElement(name, "false"),
                _ => null,
            };
        }

        return null;
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

    private static XElement LockEntry(XName scope) =>
        new(D + "lockentry", new XElement(LockScope, new XElement(scope)), new XElement(LockType, new XElement(Write)));

    private async ValueTask<DriveSpace> SpaceAsync() => _space ??= await drive.SpaceAsync(mount.OwnerId, cancellationToken);
}
