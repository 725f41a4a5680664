using Yunpan.Drive.Files;
using Yunpan.Plans.Entitlements;
using Yunpan.Sharing.Links;
using Yunpan.Sharing.Persistence;

namespace Yunpan.Sharing.Visits;

/// <summary>A link as a visitor reaches it: the shared item (null when it left the drive), the publisher's current
/// plan and whether the link serves.</summary>
internal sealed record LinkVisit(ShareLink Link, DriveEntry? Target, Entitlements Publisher, LinkState State);
