namespace Yunpan.Sharing.Business;

/// <summary>Bytes a business-link download took from its publisher's month before it started; settled when it ends.</summary>
internal sealed record TrafficReservation(Guid OwnerId, int Month, long Bytes);
