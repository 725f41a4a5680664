namespace Yunpan.Desk.Clocks;

/// <summary>K-5: the kinds of complaint the seeds give time limits for.</summary>
internal enum ComplaintKind
{
    Simple,
    Complex,
    ServiceQuality,
    BusinessProcessing,
}
