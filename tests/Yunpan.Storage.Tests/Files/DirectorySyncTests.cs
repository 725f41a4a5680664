using Yunpan.Storage.Files;

namespace Yunpan.Storage.Tests.Files;

/// <summary>The fsync of a folder after a rename into it: it must open a folder (which .NET's file APIs refuse) and
/// say which folder when it cannot.</summary>
public sealed class DirectorySyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("yunpan-dirsync-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Flushes_a_folder_and_leaves_its_entries_as_they_are()
    {
        File.WriteAllText(Path.Combine(_folder, "a"), "a");

        DirectorySync.Flush(_folder);

        Assert.Equal(["a"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_folder_is_an_error_that_names_it()
    {
        var missing = Path.Combine(_folder, "missing");

        var error = Assert.Throws<IOException>(() => DirectorySync.Flush(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
