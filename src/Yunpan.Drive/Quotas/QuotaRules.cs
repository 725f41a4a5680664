using System.Globalization;
using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Formatting;
using Yunpan.Core.Errors;

namespace Yunpan.Drive.Quotas;

/// <summary>The quota arithmetic (D-2), free of I/O so it can be tested on its own.</summary>
public static class QuotaRules
{
    /// <summary>Bytes that may still be added; 0 when the member is at or over capacity.</summary>
    public static long Room(long capacity, long used) => Math.Max(0, capacity - used);

    public static bool IsOver(long capacity, long used) => used > capacity;

    /// <summary>True when <paramref name="incoming"/> more bytes fit. A member over quota may add nothing (D-2),
    /// not even an empty file.</summary>
    public static bool Fits(long capacity, long used, long incoming) =>
        incoming >= 0 && !IsOver(capacity, used) && incoming <= Room(capacity, used);

    /// <summary>Refuses with 507 <c>quota_exceeded</c>, saying how much must be freed.</summary>
    public static void EnsureFits(long capacity, long used, long incoming)
    {
        if (!Fits(capacity, used, incoming))
        {
            throw Exceeded(capacity, used, incoming);
        }
    }

    public static DomainException Exceeded(long capacity, long used, long incoming)
    {
        var toFree = Math.Max(0, used + Math.Max(incoming, 0) - capacity);
        var message = IsOver(capacity, used)
            ? $"Your drive is over its quota ({Bytes(used)} of {Bytes(capacity)}): free at least {Bytes(used - capacity)} (empty the trash, delete old versions or files) or choose a larger plan before uploading."
            : $"Not enough space: this needs {Bytes(incoming)} but {Bytes(Room(capacity, used))} is left of {Bytes(capacity)}. Free {Bytes(toFree)} or choose a larger plan.";
        return new DomainException(ErrorCodes.QuotaExceeded, StatusCodes.Status507InsufficientStorage, message,
            new Dictionary<string, object?> { ["used"] = used, ["total"] = capacity, ["needed"] = incoming, ["toFree"] = toFree });
    }

    public static string Bytes(long bytes) => ByteSize.Format(bytes, CultureInfo.InvariantCulture);
}
