using Microsoft.Extensions.Options;
using Yunpan.Core.Hosting;
using Yunpan.Drive.Instant;

namespace Yunpan.Drive.Tests.Instant;

public sealed class InstantUploadKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yunpan-tests", Guid.NewGuid().ToString("N"));

    private InstantUploadKey Key(string? configured = null) =>
        new(new DataDirectory(_folder), Options.Create(new DriveOptions { InstantUploadSecret = configured }));

    [Fact]
    public void A_secret_is_created_once_in_the_data_directory_readable_by_the_owner_only()
    {
        var first = Key().Secret.ToArray();
        var file = Path.Combine(_folder, "keys", InstantUploadKey.FileName);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, File.ReadAllBytes(file));
        Assert.Equal(first, Key().Secret.ToArray()); // a restart reads the same secret
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Single(Directory.GetFiles(Path.Combine(_folder, "keys")));
    }

    [Fact]
    public void A_configured_secret_is_used_and_nothing_is_written()
    {
        var secret = Enumerable.Range(0, 40).Select(i => (byte)i).ToArray();

        Assert.Equal(secret, Key(Convert.ToBase64String(secret)).Secret.ToArray());
        Assert.False(File.Exists(Path.Combine(_folder, "keys", InstantUploadKey.FileName)));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_configured_secret_that_is_not_32_bytes_of_base64_is_refused(string configured)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Key(configured).Secret.ToArray());
        Assert.DoesNotContain(configured, e.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
