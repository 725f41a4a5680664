using System.Security.Cryptography;
using Yunpan.Contracts.Drive;
using Yunpan.Drive.Instant;

namespace Yunpan.Drive.Tests.Instant;

public sealed class ChallengeRangesTests
{
    private const long Large = 10L * 1024 * 1024 * 1024;
    private static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly Guid Member = Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    private static readonly string Hash = Convert.ToHexStringLower(SHA256.HashData("content"u8));
    private static readonly byte[] Nonce = Convert.FromHexString("00112233445566778899aabbccddeeff");

    private static IReadOnlyList<ChallengeRange> Derive(
        byte[]? secret = null, Guid? member = null, string? hash = null, byte[]? nonce = null, long size = Large) =>
        ChallengeRanges.Derive(secret ?? Secret, member ?? Member, hash ?? Hash, nonce ?? Nonce, size);

    [Fact]
    public void The_same_inputs_give_the_same_ranges()
    {
        Assert.Equal(Derive(), Derive());
        Assert.Equal(Derive(hash: Hash.ToUpperInvariant()), Derive()); // the hash is compared case-insensitively
    }

    [Fact]
    public void Another_nonce_member_hash_or_secret_gives_other_ranges()
    {
        var reference = Derive();
        Assert.NotEqual(reference, Derive(nonce: Convert.FromHexString("00112233445566778899aabbccddeef0")));
        Assert.NotEqual(reference, Derive(member: Guid.Parse("0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")));
        Assert.NotEqual(reference, Derive(hash: Convert.ToHexStringLower(SHA256.HashData("other"u8))));
        Assert.NotEqual(reference, Derive(secret: [.. Secret.Reverse()]));
    }

    [Theory]
    [InlineData(3L * 64 * 1024 + 1)]
    [InlineData(1_000_000L)]
    [InlineData(Large)]
    [InlineData(long.MaxValue)]
    public void A_large_file_gets_three_full_ranges_inside_it_sorted_by_offset(long size)
    {
        for (var i = 0; i < 200; i++)
        {
            var ranges = Derive(nonce: RandomNumberGenerator.GetBytes(16), size: size);

            Assert.Equal(ChallengeRanges.Count, ranges.Count);
            Assert.All(ranges, r =>
            {
                Assert.Equal(ChallengeRanges.MaxLength, r.Length);
                Assert.InRange(r.Offset, 0, size - r.Length);
            });
            Assert.Equal(ranges.OrderBy(r => r.Offset), ranges);
        }
    }

    [Fact]
    public void Offsets_spread_over_the_whole_file()
    {
        const long size = 100L * 1024 * 1024;
        var offsets = Enumerable.Range(0, 300).SelectMany(_ => Derive(nonce: RandomNumberGenerator.GetBytes(16), size: size)).Select(r => r.Offset).ToList();

        Assert.Contains(offsets, o => o < size / 10);
        Assert.Contains(offsets, o => o > size * 9 / 10);
        Assert.True(offsets.Distinct().Count() > 850, "offsets repeat too often");
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(1000L)]
    [InlineData(64L * 1024)]
    [InlineData(3L * 64 * 1024)]
    public void A_file_no_larger_than_the_ranges_is_asked_for_whole(long size)
    {
        Assert.Equal([new ChallengeRange(0, size)], Derive(size: size));
    }

    [Fact]
    public void An_empty_file_needs_no_range()
    {
        Assert.Empty(Derive(size: 0));
    }

    [Fact]
    public void A_negative_size_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Derive(size: -1));
    }

    [Fact]
    public void The_stored_form_round_trips()
    {
        var ranges = Derive();
        Assert.Equal(ranges, ChallengeRanges.Parse(ChallengeRanges.Format(ranges)));
        Assert.Equal("0:1000", ChallengeRanges.Format(Derive(size: 1000)));
        Assert.Empty(ChallengeRanges.Parse(ChallengeRanges.Format(Derive(size: 0))));
    }
}
