using System.Xml.Linq;

namespace Yunpan.WebDav.Protocol;

/// <summary>The XML names of RFC 4918, RFC 4331 and the ownCloud/Nextcloud extensions the sync clients read.</summary>
internal static class DavNames
{
    public const string Dav = "DAV:";
    public const string OwnCloud = "http://owncloud.org/ns";
    public const string Nextcloud = "http://nextcloud.org/ns";

    public static readonly XNamespace D = Dav;
    public static readonly XNamespace Oc = OwnCloud;
    public static readonly XNamespace Nc = Nextcloud;

    public static readonly XName PropFind = D + "propfind";
    public static readonly XName Prop = D + "prop";
    public static readonly XName AllProp = D + "allprop";
    public static readonly XName PropName = D + "propname";
    public static readonly XName Include = D + "include";
    public static readonly XName PropertyUpdate = D + "propertyupdate";
    public static readonly XName Set = D + "set";
    public static readonly XName Remove = D + "remove";
    public static readonly XName LockInfo = D + "lockinfo";
    public static readonly XName LockScope = D + "lockscope";
    public static readonly XName LockType = D + "locktype";
    public static readonly XName Exclusive = D + "exclusive";
    public static readonly XName Shared = D + "shared";
    public static readonly XName Write = D + "write";
    public static readonly XName Owner = D + "owner";

    public static readonly XName CreationDate = D + "creationdate";
    public static readonly XName DisplayName = D + "displayname";
    public static readonly XName GetContentLength = D + "getcontentlength";
    public static readonly XName GetContentType = D + "getcontenttype";
    public static readonly XName GetETag = D + "getetag";
    public static readonly XName GetLastModified = D + "getlastmodified";
    public static readonly XName ResourceType = D + "resourcetype";
    public static readonly XName SupportedLock = D + "supportedlock";
    public static readonly XName LockDiscovery = D + "lockdiscovery";
    public static readonly XName QuotaUsed = D + "quota-used-bytes";
    public static readonly XName QuotaAvailable = D + "quota-available-bytes";

    public static readonly XName OcId = Oc + "id";
    public static readonly XName OcFileId = Oc + "fileid";
    public static readonly XName OcPermissions = Oc + "permissions";
    public static readonly XName OcSize = Oc + "size";
    public static readonly XName OcChecksums = Oc + "checksums";
    public static readonly XName OcDataFingerprint = Oc + "data-fingerprint";
    public static readonly XName OcShareTypes = Oc + "share-types";
    public static readonly XName NcIsEncrypted = Nc + "is-encrypted";
    public static readonly XName NcHasPreview = Nc + "has-preview";
}
