using Yunpan.Storage.Files;

namespace Yunpan.Storage.Tests.Files;

/// <summary>
/// Block sharing is up to the file system the tests run on (the temp folder; ext4 refuses, XFS with reflink and btrfs
/// accept): either way the target must end up right, or be left exactly as it was for the caller to copy.
/// </summary>
public sealed class FileCloneTests : IDisposable
{
    private const int Block = 64 * 1024; // a multiple of every common file system block size
    private readonly string _folder = Directory.CreateTempSubdirectory("yunpan-clone-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(Block, 3 * Block)]
    [InlineData(Block, 3 * Block + 17)] // a last part that ends off a block boundary
    public void Appends_the_source_or_changes_nothing(int targetLength, int sourceLength)
    {
        var (target, source) = Files(targetLength, sourceLength);

        bool cloned;
        using (var from = File.OpenHandle(Path.Combine(_folder, "source")))
        using (var to = File.OpenHandle(Path.Combine(_folder, "target"), FileMode.Open, FileAccess.Write))
        {
            cloned = FileClone.TryAppend(from, sourceLength, to, targetLength);
        }

        Assert.Equal(cloned ? [.. target, .. source] : target, File.ReadAllBytes(Path.Combine(_folder, "target")));
    }

    [Fact]
    public void Refuses_an_offset_off_a_block_boundary_without_changing_anything()
    {
        var (target, _) = Files(Block + 100, Block);

        using (var from = File.OpenHandle(Path.Combine(_folder, "source")))
        using (var to = File.OpenHandle(Path.Combine(_folder, "target"), FileMode.Open, FileAccess.Write))
        {
            Assert.False(FileClone.TryAppend(from, Block, to, Block + 100));
        }

        Assert.Equal(target, File.ReadAllBytes(Path.Combine(_folder, "target")));
    }

    private (byte[] Target, byte[] Source) Files(int targetLength, int sourceLength)
    {
        var target = new byte[targetLength];
        var source = new byte[sourceLength];
        Random.Shared.NextBytes(target);
        Random.Shared.NextBytes(source);
        File.WriteAllBytes(Path.Combine(_folder, "target"), target);
        File.WriteAllBytes(Path.Combine(_folder, "source"), source);
        return (target, source);
    }
}
