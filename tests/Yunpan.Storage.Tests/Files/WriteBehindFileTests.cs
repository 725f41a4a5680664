using Yunpan.Storage.Files;

namespace Yunpan.Storage.Tests.Files;

public sealed class WriteBehindFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "yunpan-wbf-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(0, 4096, 1)]
    [InlineData(0, 4096, 10_000)]
    [InlineData(123, 4096, 3 * 4096 + 17)]
    [InlineData(0, 1024 * 1024, 20 * 1024 * 1024 + 5)]
    public async Task Writes_every_submitted_byte_in_order_from_the_offset(int offset, int bufferSize, int length)
    {
        var expected = new byte[offset + length];
        Random.Shared.NextBytes(expected);
        await File.WriteAllBytesAsync(_path, expected.AsSpan(0, offset).ToArray());

        using (var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Write))
        {
            await using var writer = new WriteBehindFile(file, offset, bufferSize);
            var next = offset;
            while (next < expected.Length)
            {
                // Uneven pieces, as a network read gives them.
                var count = Math.Min(Math.Min(writer.Buffer.Length, Random.Shared.Next(1, bufferSize + 1)), expected.Length - next);
                expected.AsSpan(next, count).CopyTo(writer.Buffer.Span);
                await writer.SubmitAsync(count, CancellationToken.None);
                next += count;
            }

            await writer.FlushToDiskAsync();
            Assert.Equal(expected.Length, writer.Position);
        }

        Assert.Equal(expected, await File.ReadAllBytesAsync(_path));
    }

    [Theory]
    [InlineData(4096)] // written in place
    [InlineData(1024 * 1024)] // written behind
    public async Task A_failed_write_surfaces_no_later_than_the_flush(int bufferSize)
    {
        // A handle opened for reading only: every write fails.
        await File.WriteAllBytesAsync(_path, []);
        using var file = File.OpenHandle(_path, FileMode.Open, FileAccess.Read);
        await using var writer = new WriteBehindFile(file, 0, bufferSize);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await writer.SubmitAsync(bufferSize, CancellationToken.None);
            await writer.SubmitAsync(bufferSize, CancellationToken.None);
            await writer.FlushToDiskAsync();
        });
    }
}
