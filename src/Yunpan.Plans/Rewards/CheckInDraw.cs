namespace Yunpan.Plans.Rewards;

/// <summary>R-2's long-tailed bonus: a Pareto draw above the minimum (see <see cref="RewardsOptions.CheckInMinimumBytes"/>).</summary>
internal static class CheckInDraw
{
    /// <param name="uniform">A draw from (0, 1]; 1 gives exactly the minimum, smaller values give more.</param>
    public static long Bytes(double uniform, long minimum, double tailIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(uniform);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(uniform, 1.0);
        var bytes = minimum * Math.Pow(uniform, -1.0 / tailIndex);
        return bytes >= long.MaxValue ? long.MaxValue : Math.Max(minimum, (long)bytes);
    }
}
