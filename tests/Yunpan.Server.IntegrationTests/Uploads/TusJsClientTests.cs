using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>
/// The real tus-js-client (npm, pinned in tests/tus-js-client/package.json, run with Node) uploads 100 MB in 5 MB
/// chunks, is aborted midway, and a second Node process finds the upload in its URL store and resumes it. Node and npm
/// are required: the test fails, it does not skip, when they are missing.
/// </summary>
public sealed class TusJsClientTests(YunpanFactory factory) : IClassFixture<YunpanFactory>, IDisposable
{
    private const long Size = 100L * 1024 * 1024;
    private static readonly SemaphoreSlim Install = new(1, 1);
    private readonly string _work = Path.Combine(Path.GetTempPath(), "yunpan-tests", "tusjs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Tus_js_client_uploads_100_MB_is_aborted_midway_and_a_new_process_resumes_it_byte_for_byte()
    {
        var script = await ScriptFolderAsync();
        Directory.CreateDirectory(_work);
        var file = Path.Combine(_work, "big.bin");
        string expected;
        await using (var output = File.Create(file))
        using (var sha = SHA256.Create())
        await using (var hashing = new CryptoStream(output, sha, CryptoStreamMode.Write))
        {
            await using (var source = new SeededStream(100, Size, seekable: false))
            {
                await source.CopyToAsync(hashing);
            }

            await hashing.FlushFinalBlockAsync();
            expected = Convert.ToHexStringLower(sha.Hash!);
        }

        var member = await Members.NewAsync(factory);
        var store = Path.Combine(_work, "tus-url-store.json");
        string[] common = ["upload.mjs", "--server", factory.BaseAddress.ToString(), "--token", member.Token, "--file", file, "--store", store, "--folder", "/tusjs"];

        var first = await RunAsync(script, "node", [.. common, "--abort-after", (Size / 2).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(first.GetProperty("aborted").GetBoolean(), first.ToString());
        var url = new Uri(first.GetProperty("url").GetString()!).AbsolutePath;
        var kept = await Tus.OffsetAsync(member, url);
        Assert.InRange(kept, 1, Size - 1);
        await Tus.AssertAbsentAsync(member, "/tusjs/big.bin");

        var second = await RunAsync(script, "node", common);

        Assert.False(second.GetProperty("aborted").GetBoolean(), second.ToString());
        Assert.Equal(kept, second.GetProperty("resumedFrom").GetInt64());
        Assert.Equal("/tusjs/big.bin", second.GetProperty("filePath").GetString());
        var stat = await member.Client.StatAsync("/tusjs/big.bin");
        Assert.Equal(stat.Id.ToString(), second.GetProperty("fileId").GetString());
        Assert.Equal(expected, stat.Sha256);
        Assert.Equal(Size, stat.Size);
        using var download = await member.Client.DownloadAsync("/tusjs/big.bin");
        await using var body = await download.Content.ReadAsStreamAsync();
        await using var local = File.OpenRead(file);
        await AssertSameBytesAsync(local, body);
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Uploads);
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_work))
            {
                Directory.Delete(_work, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static async Task AssertSameBytesAsync(Stream expected, Stream actual)
    {
        var a = new byte[1024 * 1024];
        var b = new byte[1024 * 1024];
        long position = 0;
        while (true)
        {
            var read = await expected.ReadAtLeastAsync(a, a.Length, throwOnEndOfStream: false);
            var got = await actual.ReadAtLeastAsync(b, b.Length, throwOnEndOfStream: false);
            Assert.True(read == got, $"Lengths differ after {position} bytes.");
            if (read == 0)
            {
                return;
            }

            Assert.True(a.AsSpan(0, read).SequenceEqual(b.AsSpan(0, got)), $"Bytes differ in the MiB at {position}.");
            position += read;
        }
    }

    /// <summary>tests/tus-js-client with its pinned packages installed (npm ci, once per test run).</summary>
    private static async Task<string> ScriptFolderAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Yunpan.slnx")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var folder = Path.Combine(root.FullName, "tests", "tus-js-client");
        await Install.WaitAsync();
        try
        {
            var version = await RunToEndAsync(folder, "node", ["--version"]);
            Assert.True(version.ExitCode == 0, $"node --version failed: {version.Output}");
            Assert.True(int.Parse(version.StdOut.Trim().TrimStart('v').Split('.')[0], System.Globalization.CultureInfo.InvariantCulture) >= 20,
                $"Node 20 or later is needed, found {version.StdOut.Trim()}.");
            if (!File.Exists(Path.Combine(folder, "node_modules", "tus-js-client", "package.json")))
            {
                var install = await RunToEndAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"]);
                Assert.True(install.ExitCode == 0, $"npm ci failed:\n{install.Output}");
            }
        }
        finally
        {
            Install.Release();
        }

        return folder;
    }

    /// <summary>Runs the script and returns the JSON line it prints.</summary>
    private static async Task<JsonElement> RunAsync(string folder, string program, string[] arguments)
    {
        var result = await RunToEndAsync(folder, program, arguments);
        Assert.True(result.ExitCode == 0, $"{program} {arguments[0]} exited with {result.ExitCode}:\n{result.Output}");
        var line = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        Assert.True(line is not null, $"No JSON line from {program}:\n{result.Output}");
        return JsonDocument.Parse(line).RootElement.Clone();
    }

    private static async Task<ProcessResult> RunToEndAsync(string folder, string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{program}' is needed for the tus-js-client test (Node 20 or later with npm on the PATH): {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{program} {string.Join(' ', arguments.Take(1))}' did not finish in time.");
            }

            return new ProcessResult(process.ExitCode, await stdout, await stderr);
        }
    }

    private sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
    {
        public string Output => $"--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
    }
}
