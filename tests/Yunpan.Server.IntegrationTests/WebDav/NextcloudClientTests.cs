using System.Net;
using System.Security.Cryptography;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>
/// The real Nextcloud desktop client (nextcloudcmd, Debian's nextcloud-desktop-cmd) syncs a folder up — a 25 MB
/// file goes through chunked upload — then changes on both sides sync both ways, and an edit of the same file on
/// both sides leaves a conflict copy with the local edit: nothing is lost.
/// </summary>
public sealed class NextcloudClientTests(YunpanFactory factory) : IClassFixture<YunpanFactory>, IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("yunpan-nextcloud-");

    [Fact]
    public async Task Nextcloudcmd_syncs_both_ways_and_keeps_both_sides_of_a_conflict()
    {
        var member = await Members.NewAsync(factory);
        var local = Directory.CreateDirectory(Path.Combine(_work.FullName, "local")).FullName;
        Directory.CreateDirectory(Path.Combine(local, "文档", "空文件夹"));
        await File.WriteAllTextAsync(Path.Combine(local, "a.txt"), "original");
        await File.WriteAllTextAsync(Path.Combine(local, "文档", "报告 😀.md"), "你好");
        var big = new byte[25_000_000];
        new Random(25).NextBytes(big);
        await File.WriteAllBytesAsync(Path.Combine(local, "大文件.bin"), big);

        await SyncAsync(member, local);
        using var http = Dav.Client(factory, member);
        using (var uploaded = await http.GetAsync("/dav/%E5%A4%A7%E6%96%87%E4%BB%B6.bin"))
        {
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            Assert.Equal(SHA256.HashData(big), SHA256.HashData(await uploaded.Content.ReadAsByteArrayAsync()));
        }

        var clone = Directory.CreateDirectory(Path.Combine(_work.FullName, "clone")).FullName;
        await SyncAsync(member, clone);
        AssertSameTree(local, clone);

        // Both sides change: the same file (a conflict), and different files.
        await Task.Delay(1100); // modification times have one-second resolution
        using (var put = await http.PutAsync("/dav/a.txt", new StringContent("server edit")))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        using (var put = await http.PutAsync("/dav/%E6%96%87%E6%A1%A3/server-new.txt", new StringContent("from the server")))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        await File.WriteAllTextAsync(Path.Combine(local, "a.txt"), "local edit");
        await File.WriteAllTextAsync(Path.Combine(local, "文档", "报告 😀.md"), "你好，改过了");
        await File.WriteAllTextAsync(Path.Combine(local, "local-new.txt"), "from the desktop");
        await SyncAsync(member, local);

        Assert.Equal("server edit", await File.ReadAllTextAsync(Path.Combine(local, "a.txt")));
        var conflict = Assert.Single(Directory.GetFiles(local, "a (conflicted copy*"));
        Assert.Equal("local edit", await File.ReadAllTextAsync(conflict));
        Assert.Equal("from the server", await File.ReadAllTextAsync(Path.Combine(local, "文档", "server-new.txt")));
        using (var edited = await http.GetAsync("/dav/%E6%96%87%E6%A1%A3/%E6%8A%A5%E5%91%8A%20%F0%9F%98%80.md"))
        {
            Assert.Equal("你好，改过了", await edited.Content.ReadAsStringAsync());
        }

        await SyncAsync(member, clone);
        AssertSameTree(local, clone, ignoreConflictCopies: true);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private async Task SyncAsync(Member member, string folder)
    {
        var home = Directory.CreateDirectory(Path.Combine(_work.FullName, "home")).FullName;
        var result = await ExternalTool.RunAsync("nextcloudcmd", "nextcloud-desktop-cmd",
            ["--non-interactive", "-u", member.Email, "-p", member.Token, folder, factory.BaseAddress.ToString().TrimEnd('/')],
            TimeSpan.FromMinutes(5), environment: new Dictionary<string, string> { ["HOME"] = home, ["QT_QPA_PLATFORM"] = "offscreen" });
        Assert.True(result.ExitCode == 0, $"nextcloudcmd exited with {result.ExitCode}:\n{Tail(result.StdErr)}\n{Tail(result.StdOut)}");
    }

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;

    private static void AssertSameTree(string expected, string actual, bool ignoreConflictCopies = false)
    {
        SortedDictionary<string, string> Describe(string root)
        {
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, path);
                var name = Path.GetFileName(path);
                if (name.StartsWith(".sync_", StringComparison.Ordinal) || name.StartsWith(".nextcloudsync", StringComparison.Ordinal)
                    || (ignoreConflictCopies && name.Contains("conflicted copy", StringComparison.Ordinal)))
                {
                    continue;
                }

                entries[relative] = Directory.Exists(path) ? "dir" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
            }

            return entries;
        }

        Assert.Equal(Describe(expected), Describe(actual));
    }
}
