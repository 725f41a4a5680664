using System.Globalization;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Drive.Quotas;

namespace Yunpan.Drive.Tests.Quotas;

public sealed class QuotaRulesTests
{
    private const long GiB = 1024L * 1024 * 1024;

    [Theory]
    [InlineData(100, 0, 100)]
    [InlineData(100, 30, 70)]
    [InlineData(100, 100, 0)]
    [InlineData(100, 150, 0)]
    [InlineData(5 * GiB, GiB, 4 * GiB)]
    public void Room_is_what_is_left_and_never_negative(long capacity, long used, long room)
    {
        Assert.Equal(room, QuotaRules.Room(capacity, used));
    }

    [Theory]
    [InlineData(100, 99, false)]
    [InlineData(100, 100, false)] // full is not over
    [InlineData(100, 101, true)]
    public void Over_means_strictly_above_capacity(long capacity, long used, bool over)
    {
        Assert.Equal(over, QuotaRules.IsOver(capacity, used));
    }

    [Theory]
    [InlineData(100, 30, 70, true)] // exact fit
    [InlineData(100, 30, 71, false)] // one byte too many
    [InlineData(100, 0, 100, true)]
    [InlineData(100, 0, 101, false)]
    [InlineData(100, 30, 0, true)]
    [InlineData(100, 100, 0, true)] // full: an empty file still fits
    [InlineData(100, 100, 1, false)]
    [InlineData(100, 101, 0, false)] // over quota: not even 0 bytes (D-2)
    [InlineData(100, 500, 0, false)]
    [InlineData(100, 30, -1, false)]
    [InlineData(5 * GiB, 4 * GiB, GiB, true)]
    [InlineData(5 * GiB, (4 * GiB) + 1, GiB, false)]
    public void Fits(long capacity, long used, long incoming, bool fits)
    {
        Assert.Equal(fits, QuotaRules.Fits(capacity, used, incoming));
        if (fits)
        {
            QuotaRules.EnsureFits(capacity, used, incoming);
        }
        else
        {
            var e = Assert.Throws<DomainException>(() => QuotaRules.EnsureFits(capacity, used, incoming));
            Assert.Equal(ErrorCodes.QuotaExceeded, e.Code);
            Assert.Equal(507, e.Status);
        }
    }

    [Fact]
    public void Not_enough_room_says_what_is_needed_and_what_to_free()
    {
        using var _ = new Culture("en-US");
        var e = Assert.Throws<DomainException>(() => QuotaRules.EnsureFits(100, 30, 80));
        Assert.Equal(507, e.Status);
        Assert.Equal(ErrorCodes.QuotaExceeded, e.Code);
        Assert.Equal(30L, e.Details["used"]);
        Assert.Equal(100L, e.Details["total"]);
        Assert.Equal(80L, e.Details["needed"]);
        Assert.Equal(10L, e.Details["toFree"]);
        Assert.Equal("Not enough space: this needs 80 B but 70 B is left of 100 B. Free 10 B or choose a larger plan.", e.Message);
    }

    [Fact]
    public void Over_quota_says_how_much_must_go_even_for_an_empty_file()
    {
        using var _ = new Culture("en-US");
        var capacity = 5 * GiB;
        var used = (5 * GiB) + (512L * 1024 * 1024);
        var e = Assert.Throws<DomainException>(() => QuotaRules.EnsureFits(capacity, used, 0));
        Assert.Equal(507, e.Status);
        Assert.Equal(used, e.Details["used"]);
        Assert.Equal(capacity, e.Details["total"]);
        Assert.Equal(0L, e.Details["needed"]);
        Assert.Equal(512L * 1024 * 1024, e.Details["toFree"]);
        Assert.StartsWith("Your drive is over its quota (5.5 GB of 5 GB): free at least 512 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void To_free_counts_the_incoming_bytes_when_over()
    {
        var e = QuotaRules.Exceeded(100, 120, 30);
        Assert.Equal(50L, e.Details["toFree"]); // 20 over plus the 30 that are to come
        Assert.Equal(30L, e.Details["needed"]);
    }

    [Fact]
    public void A_negative_size_never_frees_anything()
    {
        var e = QuotaRules.Exceeded(100, 30, -5);
        Assert.Equal(0L, e.Details["toFree"]);
    }

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(1, "1 B")]
    [InlineData(1023, "1023 B")]
    [InlineData(1024, "1 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(1024 * 1024, "1 MB")]
    [InlineData(100L * 1024 * 1024, "100 MB")]
    [InlineData(209715200, "200 MB")]
    [InlineData(GiB, "1 GB")]
    [InlineData(5 * GiB, "5 GB")]
    [InlineData((5 * GiB) + (GiB / 2), "5.5 GB")] // one decimal
    [InlineData((5 * GiB) + (GiB / 10), "5.1 GB")]
    [InlineData(1024 * GiB, "1 TB")]
    [InlineData(2199023255552, "2 TB")]
    [InlineData(1024L * 1024 * GiB, "1 PB")]
    [InlineData(long.MaxValue, "8192 PB")] // no unit beyond PB
    public void Bytes_reads_the_way_people_read(long bytes, string text)
    {
        using var _ = new Culture("en-US");
        Assert.Equal(text, QuotaRules.Bytes(bytes));
    }

    /// <summary>Sets the current culture for the duration of a test (decimal separators differ by culture).</summary>
    private sealed class Culture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public Culture(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
