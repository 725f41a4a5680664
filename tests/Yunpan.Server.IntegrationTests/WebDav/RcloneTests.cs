using System.Security.Cryptography;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>
/// rclone's WebDAV remote (vendor "other" on /dav/, vendor "nextcloud" on the Nextcloud files URL) copies a mixed tree
/// up and back — a 200 MB file, hundreds of small files, Chinese and emoji names, empty folders — and the copy
/// comes back identical; then a sync after local edits and deletes leaves the drive identical again.
/// </summary>
public sealed class RcloneTests(YunpanFactory factory) : IClassFixture<YunpanFactory>, IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("yunpan-rclone-");

    [Theory]
    [InlineData("other")]
    [InlineData("nextcloud")]
    public async Task Rclone_copies_a_mixed_tree_up_and_back_and_syncs_edits_and_deletes(string vendor)
    {
        var member = await Members.NewAsync(factory);
        var source = Path.Combine(_work.FullName, "source");
        await MixedTreeAsync(source);
        var url = vendor == "nextcloud"
            ? new Uri(factory.BaseAddress, $"remote.php/dav/files/{Uri.EscapeDataString(member.Email)}/")
            : new Uri(factory.BaseAddress, "dav/");
        var remote = await RemoteAsync(url, vendor, member);

        await RcloneAsync("copy", source, remote + "tree", "--create-empty-src-dirs");
        var back = Path.Combine(_work.FullName, "back");
        await RcloneAsync("copy", remote + "tree", back, "--create-empty-src-dirs");
        AssertSameTree(source, back);
        await RcloneAsync("check", source, remote + "tree", "--download");

        // Edits, deletes and additions on the local side, then one sync.
        await File.WriteAllTextAsync(Path.Combine(source, "小文件", "f0007.txt"), "edited 编辑过");
        File.Delete(Path.Combine(source, "小文件", "f0008.txt"));
        Directory.Delete(Path.Combine(source, "表情 😀", "嵌套"), recursive: true);
        await File.WriteAllTextAsync(Path.Combine(source, "新文件 🆕.txt"), "new");
        Directory.CreateDirectory(Path.Combine(source, "后来的空文件夹"));
        await RcloneAsync("sync", source, remote + "tree", "--create-empty-src-dirs");
        await RcloneAsync("check", source, remote + "tree", "--download");

        var again = Path.Combine(_work.FullName, "again");
        await RcloneAsync("copy", remote + "tree", again, "--create-empty-src-dirs");
        AssertSameTree(source, again);

        // Deletes went to the trash (D-6), not into thin air.
        using var trash = await member.Http.GetAsync("/api/v1/trash");
        var listing = await trash.Content.ReadAsStringAsync();
        Assert.Contains("f0008.txt", listing, StringComparison.Ordinal);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static async Task<string> RemoteAsync(Uri url, string vendor, Member member)
    {
        var obscured = await ExternalTool.RunAsync("rclone", "rclone", ["obscure", member.Token], TimeSpan.FromMinutes(1));
        Assert.True(obscured.ExitCode == 0, obscured.Output);
        return $":webdav,url='{url}',vendor={vendor},user='{member.Email}',pass={obscured.StdOut.Trim()}:";
    }

    private async Task RcloneAsync(params string[] arguments)
    {
        var config = Path.Combine(_work.FullName, "rclone.conf");
        await File.WriteAllTextAsync(config, string.Empty);
        var result = await ExternalTool.RunAsync("rclone", "rclone", [.. arguments, "--config", config, "--retries", "1", "--low-level-retries", "1"],
            TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, $"rclone {arguments[0]} exited with {result.ExitCode}:\n{result.Output}");
    }

    /// <summary>A 200 MB file, 300 small files, Chinese and emoji names, nested and empty folders.</summary>
    private static async Task MixedTreeAsync(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "小文件"));
        Directory.CreateDirectory(Path.Combine(root, "空文件夹"));
        Directory.CreateDirectory(Path.Combine(root, "表情 😀", "嵌套", "更深 🎉"));
        Directory.CreateDirectory(Path.Combine(root, "表情 😀", "空的 📂"));
        var random = new Random(8);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 20_000)];
            random.NextBytes(bytes);
            await File.WriteAllBytesAsync(Path.Combine(root, "小文件", $"f{i:0000}.txt"), bytes);
        }

        await File.WriteAllTextAsync(Path.Combine(root, "表情 😀", "嵌套", "更深 🎉", "报告 📄.md"), "# 你好，世界 🌏");
        await File.WriteAllTextAsync(Path.Combine(root, "表情 😀", "résumé café.txt"), "naïve");
        await using var big = File.Create(Path.Combine(root, "大文件.bin"));
        var block = new byte[1024 * 1024];
        for (var i = 0; i < 200; i++)
        {
            random.NextBytes(block);
            await big.WriteAsync(block);
        }
    }

    private static void AssertSameTree(string expected, string actual)
    {
        static SortedDictionary<string, string> Describe(string root)
        {
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
            {
                entries[Path.GetRelativePath(root, dir).Normalize(System.Text.NormalizationForm.FormC) + "/"] = "dir";
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                using var stream = File.OpenRead(file);
                entries[Path.GetRelativePath(root, file).Normalize(System.Text.NormalizationForm.FormC)] = Convert.ToHexString(SHA256.HashData(stream));
            }

            return entries;
        }

        var want = Describe(expected);
        var got = Describe(actual);
        var missing = want.Keys.Except(got.Keys).ToList();
        var extra = got.Keys.Except(want.Keys).ToList();
        var different = want.Keys.Intersect(got.Keys).Where(k => want[k] != got[k]).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && different.Count == 0,
            $"missing: {string.Join(", ", missing)}; extra: {string.Join(", ", extra)}; different: {string.Join(", ", different)}");
        Assert.True(want.Count > 300, "The tree is not what the test built.");
    }
}
