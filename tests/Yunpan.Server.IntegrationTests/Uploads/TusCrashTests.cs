using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Yunpan.Client;
using Yunpan.Contracts.Accounts;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Uploads;

/// <summary>
/// N-3: the server process is killed (SIGKILL) while a chunk is streaming in, then started again on the same data.
/// The upload resumes from an offset the server vouches for, and the file that comes out is the one that was sent.
/// </summary>
public sealed class TusCrashTests : IDisposable
{
    private const int Length = 64 * 1024 * 1024;
    private const int FirstChunk = 8 * 1024 * 1024;
    private const int SentBeforeKill = 24 * 1024 * 1024;

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "yunpan-tests", "crash-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_upload_interrupted_by_sigkill_resumes_after_a_restart_to_the_exact_content()
    {
        var content = Content.Bytes(64, Length);
        string url;
        string email = $"crash{Guid.NewGuid():N}@example.com";

        using (var server = await ServerProcess.StartAsync(_dataDirectory))
        {
            var member = await SignInAsync(server, email, register: true);
            url = await Tus.StartAsync(member, "/crash/big.bin", Length);
            using (var first = await Tus.PatchAsync(member, url, 0, content[..FirstChunk]))
            {
                Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
            }

            // The second chunk streams 16 MB more and then stalls, mid-request, until the server dies under it.
            var body = new StallingStream(content.AsMemory(FirstChunk, SentBeforeKill - FirstChunk));
            using var request = Tus.Request(HttpMethod.Patch, url);
            request.Headers.Add("Upload-Offset", FirstChunk.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Content = new StreamContent(body, 1024 * 1024);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(Tus.OffsetType);
            request.Content.Headers.ContentLength = Length - FirstChunk;
            using var abort = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var sending = member.Http.SendAsync(request, abort.Token);
            await body.Stalled.WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(500);
            await AssertNotInDriveAsync(member);

            server.Kill();

            await Assert.ThrowsAnyAsync<Exception>(() => sending);
            await abort.CancelAsync();
        }

        using (var server = await ServerProcess.StartAsync(_dataDirectory))
        {
            var member = await SignInAsync(server, email, register: false);
            var offset = await Tus.OffsetAsync(member, url);
            Assert.InRange(offset, FirstChunk, SentBeforeKill);
            await AssertNotInDriveAsync(member);

            using var last = await Tus.SendAllAsync(member, url, content, 16 * 1024 * 1024, from: offset);
            Assert.NotNull(Tus.Header(last, "Yunpan-File-Id"));

            var stat = await member.Client.StatAsync("/crash/big.bin");
            var expected = Convert.ToHexStringLower(SHA256.HashData(content));
            Assert.Equal(expected, stat.Sha256);
            Assert.Equal(Length, stat.Size);
            using var download = await member.Client.DownloadAsync("/crash/big.bin");
            await using var stream = await download.Content.ReadAsStreamAsync();
            Assert.Equal(expected, Convert.ToHexStringLower(await SHA256.HashDataAsync(stream)));
            var me = await member.Client.MeAsync();
            Assert.Equal(0, me.Quota.Uploads);
            Assert.Equal(Length, me.Quota.Used);
            Assert.False(File.Exists(Tus.StagingPath(_dataDirectory, url)));
        }
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_dataDirectory))
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static async Task AssertNotInDriveAsync(Member member)
    {
        await Tus.AssertAbsentAsync(member, "/crash/big.bin");
        Assert.Equal(0, (await member.Client.MeAsync()).Quota.Files);
    }

    private static async Task<Member> SignInAsync(ServerProcess server, string email, bool register)
    {
        var client = new YunpanClient(server.NewHttpClient());
        var id = register ? (await client.RegisterAsync(new RegisterRequest(email, null, Members.Password))).Id : Guid.Empty;
        var token = await client.CreateTokenAsync(email, Members.Password, "crash test");
        client.UseToken(token.Token);
        return new Member(id, email, token.Token, client);
    }
}
