using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yunpan.Contracts.Drive;

namespace Yunpan.Drive.Instant;

/// <summary>
/// Which bytes an instant-upload challenge asks for (D-4), free of I/O. <see cref="Count"/> ranges of
/// <see cref="MaxLength"/> bytes at offsets drawn from HMAC-SHA256(secret, member, content hash, nonce, index), sorted
/// by offset (they may overlap). A file no larger than the ranges together is asked for whole, as one range; an empty
/// file needs no range. The nonce opens every answer (see <see cref="ChallengeProof"/>), so even a whole-file answer
/// differs from the content hash and from every other challenge's answer.
/// </summary>
internal static class ChallengeRanges
{
    public const int Count = 3;
    public const int MaxLength = 64 * 1024;

    private static readonly byte[] Label = "yunpan/instant-upload/ranges/v1"u8.ToArray();

    public static IReadOnlyList<ChallengeRange> Derive(
        ReadOnlySpan<byte> secret, Guid memberId, string sha256, ReadOnlySpan<byte> nonce, long size, int count = Count, int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        if (size == 0)
        {
            return [];
        }

        if (size <= (long)count * maxLength)
        {
            return [new ChallengeRange(0, size)];
        }

        var offsets = (ulong)(size - maxLength + 1);
        Span<byte> member = stackalloc byte[16];
        memberId.TryWriteBytes(member, bigEndian: true, out _);
        var hash = Encoding.ASCII.GetBytes(sha256.ToLowerInvariant());
        Span<byte> index = stackalloc byte[4];
        Span<byte> digest = stackalloc byte[32];
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        var ranges = new List<ChallengeRange>(count);
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(index, i);
            hmac.AppendData(Label);
            hmac.AppendData(member);
            hmac.AppendData(hash);
            hmac.AppendData(nonce);
            hmac.AppendData(index);
            hmac.GetHashAndReset(digest);
            var offset = (long)(BinaryPrimitives.ReadUInt64BigEndian(digest) % offsets);
            ranges.Add(new ChallengeRange(offset, maxLength));
        }

        return [.. ranges.OrderBy(r => r.Offset)];
    }

    /// <summary>The stored form: <c>offset:length</c> pairs separated by commas.</summary>
    public static string Format(IReadOnlyList<ChallengeRange> ranges) =>
        string.Join(',', ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Offset}:{r.Length}")));

    public static IReadOnlyList<ChallengeRange> Parse(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return new ChallengeRange(
                long.Parse(pair.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture),
                long.Parse(pair.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture));
        })];
}
