using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>A 2 MB Standard plan that accepts files of up to 1.5 MB.</summary>
public sealed class InstantUploadFactory() : YunpanFactory(new Dictionary<string, string?>
{
    ["Plans:Catalog:0:Capacity"] = Capacity.ToString(CultureInfo.InvariantCulture),
    ["Plans:Catalog:0:MaxUpload"] = MaxUpload.ToString(CultureInfo.InvariantCulture),
})
{
    public const long Capacity = 2_000_000;
    public const long MaxUpload = 1_500_000;
}

/// <summary>
/// POST /api/v1/instant-uploads (D-4): content the server holds is added without its bytes, but only after the member
/// proves they have them. The prover here is always a second member who never uploaded the content.
/// </summary>
public sealed class InstantUploadTests(InstantUploadFactory factory) : IClassFixture<InstantUploadFactory>
{
    private const string Start = "/api/v1/instant-uploads";
    private static readonly TimeSpan Validity = TimeSpan.FromMinutes(5);

    /// <summary>A member uploads content normally; returns the bytes and their hash.</summary>
    private async Task<(byte[] Bytes, string Sha256)> StoredAsync(int seed, int length)
    {
        var owner = await Members.NewAsync(factory);
        var bytes = Content.Bytes(seed, length);
        await owner.Client.UploadAsync($"/original-{seed}.bin", new MemoryStream(bytes));
        return (bytes, Content.Sha256(bytes));
    }

    private static Task<HttpResponseMessage> StartAsync(Member member, string path, long size, string sha256, bool parents = false, bool autorename = false) =>
        member.Http.PostAsJsonAsync(Start, new StartInstantUploadRequest(path, size, sha256, parents, autorename));

    private static Task<HttpResponseMessage> AnswerAsync(Member member, Guid id, string answer) =>
        member.Http.PostAsJsonAsync($"{Start}/{id}", new AnswerChallengeRequest(answer));

    private static Task<InstantUploadChallenge> ChallengeAsync(Member member, string path, byte[] bytes) =>
        member.Client.StartInstantUploadAsync(new StartInstantUploadRequest(path, bytes.Length, Content.Sha256(bytes)));

    private static Task<string> ProofAsync(byte[] bytes, InstantUploadChallenge challenge) =>
        InstantUploadProof.AnswerAsync(new MemoryStream(bytes), challenge);

    private static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task Known_content_is_added_after_the_right_answer_without_sending_or_storing_bytes()
    {
        var (bytes, sha256) = await StoredAsync(1, 300_000);
        var member = await Members.NewAsync(factory);
        var blobs = Disk.BlobFiles(factory).Count;

        using var started = await StartAsync(member, "/docs/copy.bin", bytes.Length, sha256.ToUpperInvariant(), parents: true);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var challenge = (await started.Content.ReadFromJsonAsync<InstantUploadChallenge>())!;
        Assert.Equal($"{Start}/{challenge.Id}", started.Headers.Location?.OriginalString);
        Assert.Equal(factory.Clock.GetUtcNow() + Validity, challenge.ExpiresAt);
        Assert.Equal(32, challenge.Nonce.Length);
        Assert.Equal(3, challenge.Ranges.Count);
        Assert.All(challenge.Ranges, r =>
        {
            Assert.Equal(64 * 1024, r.Length);
            Assert.InRange(r.Offset, 0, bytes.Length - r.Length);
        });
        Assert.Empty((await member.Client.ListAsync("/")).Items); // nothing is added before the proof

        using var answered = await AnswerAsync(member, challenge.Id, await ProofAsync(bytes, challenge));

        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        var node = (await answered.Content.ReadFromJsonAsync<NodeDto>())!;
        Assert.Equal("/docs/copy.bin", node.Path);
        Assert.Equal(bytes.Length, node.Size);
        Assert.Equal(sha256, node.Sha256);
        Assert.Equal($"\"{sha256}\"", answered.Headers.ETag?.ToString());
        Assert.Equal("/api/v1/content/docs/copy.bin", answered.Headers.Location?.OriginalString);
        Assert.Equal(bytes.Length, (await member.Client.MeAsync()).Quota.Used);
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
        Assert.Empty(Disk.TempFiles(factory));
        using var download = await member.Client.DownloadAsync("/docs/copy.bin");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_small_file_is_asked_for_whole_and_its_content_hash_is_not_the_answer()
    {
        var (bytes, sha256) = await StoredAsync(2, 1_000);
        var member = await Members.NewAsync(factory);

        var challenge = await ChallengeAsync(member, "/small.bin", bytes);
        Assert.Equal([new ChallengeRange(0, bytes.Length)], challenge.Ranges);
        using var forged = await AnswerAsync(member, challenge.Id, sha256);
        await Problem.AssertAsync(forged, HttpStatusCode.Forbidden, "challenge_failed");

        var again = await ChallengeAsync(member, "/small.bin", bytes);
        Assert.NotEqual(challenge.Nonce, again.Nonce);
        var node = await member.Client.AnswerInstantUploadAsync(again.Id, await ProofAsync(bytes, again));
        Assert.Equal(sha256, node.Sha256);
    }

    [Fact]
    public async Task An_empty_file_needs_no_range_and_the_answer_is_the_hash_of_the_nonce()
    {
        var (bytes, _) = await StoredAsync(3, 0);
        var member = await Members.NewAsync(factory);

        var challenge = await ChallengeAsync(member, "/empty", bytes);

        Assert.Empty(challenge.Ranges);
        var answer = Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(challenge.Nonce)));
        Assert.Equal(answer, await ProofAsync(bytes, challenge));
        var node = await member.Client.AnswerInstantUploadAsync(challenge.Id, answer);
        Assert.Equal(0, node.Size);
    }

    public static TheoryData<string> Forgeries => new() { "random", "content hash", "ranges without nonce", "other nonce" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_answer_is_403_challenge_failed_links_nothing_and_burns_the_challenge(string forgery)
    {
        var (bytes, sha256) = await StoredAsync(4, 400_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/forged.bin", bytes);
        var before = await DriveState.CaptureAsync(member);
        var answer = forgery switch
        {
            "random" => RandomHex(),
            "content hash" => sha256,
            "ranges without nonce" => await ProofAsync(bytes, challenge with { Nonce = string.Empty }),
            _ => await ProofAsync(bytes, challenge with { Nonce = RandomHex()[..32] }),
        };

        using var response = await AnswerAsync(member, challenge.Id, answer);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "challenge_failed");
        Assert.Contains("/api/v1/uploads", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await before.AssertUnchangedAsync(member);

        // One guess per challenge: even the right answer comes too late now.
        using var retry = await AnswerAsync(member, challenge.Id, await ProofAsync(bytes, challenge));
        await Problem.AssertAsync(retry, HttpStatusCode.Conflict, "challenge_used");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Replaying_a_right_answer_is_409_challenge_used_and_it_does_not_fit_another_challenge()
    {
        var (bytes, _) = await StoredAsync(5, 250_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/once.bin", bytes);
        var answer = await ProofAsync(bytes, challenge);
        using (var first = await AnswerAsync(member, challenge.Id, answer))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        var after = await DriveState.CaptureAsync(member);

        using var replay = await AnswerAsync(member, challenge.Id, answer);
        var problem = await Problem.AssertAsync(replay, HttpStatusCode.Conflict, "challenge_used");
        Assert.Contains("upload the file normally", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        var other = await ChallengeAsync(member, "/twice.bin", bytes);
        using var reused = await AnswerAsync(member, other.Id, answer);
        await Problem.AssertAsync(reused, HttpStatusCode.Forbidden, "challenge_failed");
        await after.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task Concurrent_right_answers_link_the_file_once()
    {
        var (bytes, _) = await StoredAsync(6, 200_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/race.bin", bytes);
        var answer = await ProofAsync(bytes, challenge);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await AnswerAsync(member, challenge.Id, answer);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                await Problem.AssertAsync(response, HttpStatusCode.Conflict, "challenge_used");
            }

            return response.StatusCode;
        }));

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.Single((await DriveState.CaptureAsync(member)).Tree);
        Assert.Equal(bytes.Length, (await member.Client.MeAsync()).Quota.Used);
    }

    [Fact]
    public async Task A_late_answer_is_410_challenge_expired_and_links_nothing()
    {
        var (bytes, _) = await StoredAsync(7, 210_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/late.bin", bytes);
        var answer = await ProofAsync(bytes, challenge);
        var before = await DriveState.CaptureAsync(member);

        factory.Clock.Advance(Validity + TimeSpan.FromSeconds(1));
        using var response = await AnswerAsync(member, challenge.Id, answer);

        await Problem.AssertAsync(response, HttpStatusCode.Gone, "challenge_expired");
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task An_answer_just_before_the_deadline_counts()
    {
        var (bytes, _) = await StoredAsync(8, 210_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/in-time.bin", bytes);

        factory.Clock.Advance(Validity - TimeSpan.FromSeconds(1));

        var node = await member.Client.AnswerInstantUploadAsync(challenge.Id, await ProofAsync(bytes, challenge));
        Assert.Equal("/in-time.bin", node.Path);
    }

    [Fact]
    public async Task Long_expired_challenges_are_deleted_when_new_ones_are_made()
    {
        var (bytes, _) = await StoredAsync(9, 5_000);
        var member = await Members.NewAsync(factory);
        var old = await ChallengeAsync(member, "/old.bin", bytes);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        await ChallengeAsync(member, "/new.bin", bytes);

        using var response = await AnswerAsync(member, old.Id, await ProofAsync(bytes, old));
        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Unknown_content_is_404_content_unknown_telling_the_client_to_upload_normally()
    {
        await StoredAsync(10, 3_000);
        var member = await Members.NewAsync(factory);
        var before = await DriveState.CaptureAsync(member);

        using var response = await StartAsync(member, "/unknown.bin", 3_000, RandomHex());

        var problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound, "content_unknown");
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("/api/v1/content/", detail, StringComparison.Ordinal);
        Assert.Contains("/api/v1/uploads", detail, StringComparison.Ordinal);
        await before.AssertUnchangedAsync(member);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(-3_000)]
    public async Task A_known_hash_with_another_size_is_404_content_unknown(int delta)
    {
        var (bytes, sha256) = await StoredAsync(11, 3_000);
        var member = await Members.NewAsync(factory);

        using var response = await StartAsync(member, "/size.bin", bytes.Length + delta, sha256);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "content_unknown");
    }

    [Fact]
    public async Task Content_that_fills_the_quota_is_507_quota_exceeded_at_start()
    {
        var (bytes, sha256) = await StoredAsync(12, 500_000);
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/fill-1.bin", new MemoryStream(Content.Bytes(13, 900_000)));
        await member.Client.UploadAsync("/fill-2.bin", new MemoryStream(Content.Bytes(14, 900_000)));
        var before = await DriveState.CaptureAsync(member);

        using var response = await StartAsync(member, "/more.bin", bytes.Length, sha256);

        var problem = await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
        Assert.Equal(InstantUploadFactory.Capacity, problem.GetProperty("total").GetInt64());
        await before.AssertUnchangedAsync(member);
    }

    [Fact]
    public async Task The_quota_is_checked_again_when_the_answer_links_the_file()
    {
        var (bytes, _) = await StoredAsync(15, 400_000);
        var member = await Members.NewAsync(factory);
        await member.Client.UploadAsync("/fill.bin", new MemoryStream(Content.Bytes(16, 1_500_000)));
        var challenge = await ChallengeAsync(member, "/fits-now.bin", bytes);
        var answer = await ProofAsync(bytes, challenge);
        await member.Client.UploadAsync("/meanwhile.bin", new MemoryStream(Content.Bytes(17, 200_000)));
        var before = await DriveState.CaptureAsync(member);

        using var response = await AnswerAsync(member, challenge.Id, answer);

        await Problem.AssertAsync(response, (HttpStatusCode)507, "quota_exceeded");
        await before.AssertUnchangedAsync(member);

        // Refused for want of room, not for the proof: once room is made, the same challenge can still be answered.
        await member.Client.DeleteAsync("/meanwhile.bin");
        await member.Client.EmptyTrashAsync();
        var node = await member.Client.AnswerInstantUploadAsync(challenge.Id, answer);
        Assert.Equal(1_900_000, (await member.Client.MeAsync()).Quota.Used);
        Assert.Equal("/fits-now.bin", node.Path);
    }

    [Fact]
    public async Task Content_over_the_plans_single_file_limit_is_413_file_too_large()
    {
        var member = await Members.NewAsync(factory);

        using var response = await StartAsync(member, "/huge.iso", InstantUploadFactory.MaxUpload + 1, RandomHex());

        var problem = await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        Assert.Equal(InstantUploadFactory.MaxUpload, problem.GetProperty("limit").GetInt64());
    }

    [Fact]
    public async Task Another_members_challenge_or_an_unknown_id_is_404()
    {
        var (bytes, _) = await StoredAsync(18, 100_000);
        var member = await Members.NewAsync(factory);
        var stranger = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/mine.bin", bytes);
        var answer = await ProofAsync(bytes, challenge);

        using (var foreign = await AnswerAsync(stranger, challenge.Id, answer))
        {
            await Problem.AssertAsync(foreign, HttpStatusCode.NotFound, "not_found");
        }

        using (var unknown = await AnswerAsync(member, Guid.CreateVersion7(), answer))
        {
            await Problem.AssertAsync(unknown, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Empty((await stranger.Client.ListAsync("/")).Items);
        var node = await member.Client.AnswerInstantUploadAsync(challenge.Id, answer); // not burnt by the stranger
        Assert.Equal("/mine.bin", node.Path);
    }

    [Fact]
    public async Task Target_and_preconditions_are_checked_at_start()
    {
        var (bytes, sha256) = await StoredAsync(19, 10_000);
        var member = await Members.NewAsync(factory);
        await member.Client.CreateFolderAsync("/folder");
        await member.Client.UploadAsync("/taken.bin", new MemoryStream([1, 2, 3]));

        using (var noParent = await StartAsync(member, "/missing/x.bin", bytes.Length, sha256))
        {
            await Problem.AssertAsync(noParent, HttpStatusCode.Conflict, "parent_not_found");
        }

        using (var folder = await StartAsync(member, "/folder", bytes.Length, sha256))
        {
            await Problem.AssertAsync(folder, HttpStatusCode.Conflict, "name_conflict");
        }

        using (var root = await StartAsync(member, "/", bytes.Length, sha256))
        {
            await Problem.AssertAsync(root, HttpStatusCode.BadRequest, "root_immutable");
        }

        using var createOnly = new HttpRequestMessage(HttpMethod.Post, Start)
        {
            Content = JsonContent.Create(new StartInstantUploadRequest("/taken.bin", bytes.Length, sha256)),
        };
        createOnly.Headers.IfNoneMatch.ParseAdd("*");
        using (var response = await member.Http.SendAsync(createOnly))
        {
            await Problem.AssertAsync(response, HttpStatusCode.PreconditionFailed, "precondition_failed");
        }

        // Like PUT: an existing file is replaced and its content kept as a version; autorename picks a free name.
        var replaced = await ChallengeAsync(member, "/taken.bin", bytes);
        Assert.Equal("/taken.bin", (await member.Client.AnswerInstantUploadAsync(replaced.Id, await ProofAsync(bytes, replaced))).Path);
        Assert.Single((await member.Client.VersionsAsync("/taken.bin")).Items);
        var renamed = await member.Client.StartInstantUploadAsync(new StartInstantUploadRequest("/taken.bin", bytes.Length, sha256, Autorename: true));
        Assert.Equal("/taken (1).bin", (await member.Client.AnswerInstantUploadAsync(renamed.Id, await ProofAsync(bytes, renamed))).Path);
    }

    [Theory]
    [InlineData("""{"path":"/a.bin","size":1,"sha256":"not-hex"}""", "validation_failed")]
    [InlineData("""{"path":"/a.bin","size":1,"sha256":"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"}""", "validation_failed")]
    [InlineData("""{"path":"/a.bin","size":1,"sha256":"abcdef"}""", "validation_failed")]
    [InlineData("""{"path":"/a.bin","size":-1,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}""", "validation_failed")]
    [InlineData("""{"path":"/a/../b.bin","size":1,"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}""", "invalid_path")]
    [InlineData("""{"path":"/a.bin","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}""", "malformed_json")]
    [InlineData("""{"path":"/a.bin","size":"big","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}""", "malformed_json")]
    [InlineData("""{"path":"/a.bin",""", "malformed_json")]
    public async Task A_malformed_start_is_400_problem_json_with_a_code(string json, string code)
    {
        var member = await Members.NewAsync(factory);

        using var response = await Raw.PostJsonAsync(member, Start, json);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("""{"answer":"not-hex"}""", "validation_failed")]
    [InlineData("""{"answer":"0123"}""", "validation_failed")]
    [InlineData("""{"answer":null}""", "validation_failed")]
    [InlineData("""{}""", "malformed_json")]
    [InlineData("""{"answer":""", "malformed_json")]
    public async Task A_malformed_answer_is_400_and_does_not_burn_the_challenge(string json, string code)
    {
        var (bytes, _) = await StoredAsync(20, 2_000);
        var member = await Members.NewAsync(factory);
        var challenge = await ChallengeAsync(member, "/ok.bin", bytes);

        using var response = await Raw.PostJsonAsync(member, $"{Start}/{challenge.Id}", json);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, code);
        Assert.Equal("/ok.bin", (await member.Client.AnswerInstantUploadAsync(challenge.Id, await ProofAsync(bytes, challenge))).Path);
    }

    [Fact]
    public async Task Instant_upload_needs_a_signed_in_member()
    {
        using var anonymous = factory.NewHttpClient();
        using var response = await anonymous.PostAsJsonAsync(Start, new StartInstantUploadRequest("/a.bin", 1, RandomHex()));
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task The_client_helper_adds_a_local_file_it_holds_and_declines_unknown_content()
    {
        var (bytes, sha256) = await StoredAsync(21, 700_000);
        var member = await Members.NewAsync(factory);
        var local = Path.Combine(factory.DataDirectory, $"local-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(local, bytes);
        var other = Path.Combine(factory.DataDirectory, $"local-{Guid.NewGuid():N}.bin");
        await File.WriteAllBytesAsync(other, Content.Bytes(22, 700_000));
        try
        {
            var node = await member.Client.TryInstantUploadAsync("/from-disk/copy.bin", local, parents: true);
            Assert.NotNull(node);
            Assert.Equal(sha256, node.Sha256);
            Assert.Null(await member.Client.TryInstantUploadAsync("/from-disk/other.bin", other));
        }
        finally
        {
            File.Delete(local);
            File.Delete(other);
        }
    }

    [Fact]
    public async Task The_server_secret_is_created_in_the_data_directory_for_the_owner_only()
    {
        var (bytes, _) = await StoredAsync(23, 100);
        await ChallengeAsync(await Members.NewAsync(factory), "/k.bin", bytes);

        var key = Path.Combine(factory.DataDirectory, "keys", "instant-upload.key");
        Assert.Equal(32, new FileInfo(key).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }
}
