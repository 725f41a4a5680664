using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.Drive;

/// <summary>
/// Who may touch what: every drive endpoint refuses a request without a valid access token (401), and a member
/// never reaches another member's nodes, trash items or versions — those answer 404 exactly like unknown ids, never
/// 403, so nothing leaks whether they exist.
/// </summary>
public sealed class AccessTests(YunpanFactory factory) : IClassFixture<YunpanFactory>
{
    /// <summary>A member with a folder, a file with one earlier version and one item in the trash.</summary>
    private async Task<(Member Owner, NodeDto File, NodeDto Folder, TrashItemDto Trashed, VersionDto Version)> OwnerAsync()
    {
        var owner = await Members.NewAsync(factory);
        await owner.Client.UploadAsync("/private/secret.txt", new MemoryStream("v1"u8.ToArray()), parents: true);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var file = await owner.Client.UploadAsync("/private/secret.txt", new MemoryStream("v2"u8.ToArray()));
        await owner.Client.UploadAsync("/private/old.txt", new MemoryStream("old"u8.ToArray()));
        await owner.Client.DeleteAsync("/private/old.txt");
        var folder = await owner.Client.StatAsync("/private");
        var trashed = Assert.Single((await owner.Client.TrashAsync()).Items);
        var version = Assert.Single((await owner.Client.VersionsAsync("/private/secret.txt")).Items);
        return (owner, file, folder, trashed, version);
    }

    /// <summary>Every drive endpoint, with a body where it takes one.</summary>
    private static IEnumerable<(HttpMethod Method, string Url, Func<HttpContent?> Body)> Endpoints(Guid nodeId, Guid trashId, Guid versionId) =>
    [
        (HttpMethod.Put, "/api/v1/content/private/new.txt?parents=true", () => Content.Body([1, 2, 3])),
        (HttpMethod.Put, "/api/v1/content/private/secret.txt", () => Content.Body([1, 2, 3])),
        (HttpMethod.Get, "/api/v1/content/private/secret.txt", () => null),
        (HttpMethod.Head, "/api/v1/content/private/secret.txt", () => null),
        (HttpMethod.Delete, "/api/v1/content/private/secret.txt", () => null),
        (HttpMethod.Get, "/api/v1/folders/private", () => null),
        (HttpMethod.Get, "/api/v1/folders/", () => null),
        (HttpMethod.Post, "/api/v1/folders", () => Raw.Json("""{"path":"/private/x","parents":true}""")),
        (HttpMethod.Get, "/api/v1/stat/private/secret.txt", () => null),
        (HttpMethod.Get, $"/api/v1/nodes/{nodeId}", () => null),
        (HttpMethod.Post, "/api/v1/move", () => Raw.Json("""{"from":"/private/secret.txt","to":"/stolen.txt"}""")),
        (HttpMethod.Post, "/api/v1/copy", () => Raw.Json("""{"from":"/private","to":"/stolen"}""")),
        (HttpMethod.Post, "/api/v1/rename", () => Raw.Json("""{"path":"/private","name":"stolen"}""")),
        (HttpMethod.Get, "/api/v1/search?q=secret", () => null),
        (HttpMethod.Get, "/api/v1/versions?path=/private/secret.txt", () => null),
        (HttpMethod.Get, $"/api/v1/versions/{versionId}/content", () => null),
        (HttpMethod.Post, $"/api/v1/versions/{versionId}/restore", () => null),
        (HttpMethod.Get, "/api/v1/trash", () => null),
        (HttpMethod.Post, $"/api/v1/trash/{trashId}/restore", () => null),
        (HttpMethod.Delete, $"/api/v1/trash/{trashId}", () => null),
        (HttpMethod.Delete, "/api/v1/trash", () => null),
    ];

    public static TheoryData<string, string?> BadCredentials() => new()
    {
        { "none", null },
        { "forged token", "Bearer yp_" + new string('A', 43) },
        { "token without the prefix", "Bearer " + new string('A', 43) },
        { "empty bearer", "Bearer " },
        { "overlong token", "Bearer yp_" + new string('x', 500) },
        { "unknown scheme", "Token abc" },
        { "basic with a token", "Basic " + Convert.ToBase64String("x:yp_abc"u8.ToArray()) },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Every_drive_endpoint_answers_401_without_a_valid_token_and_changes_nothing(string what, string? authorization)
    {
        var (owner, file, _, trashed, version) = await OwnerAsync();
        var before = await DriveState.CaptureAsync(owner);
        using var anonymous = factory.NewHttpClient();

        foreach (var (method, url, body) in Endpoints(file.Id, trashed.Id, version.Id))
        {
            using var response = await Raw.SendAsync(anonymous, method, url, body(), r =>
            {
                if (authorization is not null)
                {
                    r.Headers.TryAddWithoutValidation("Authorization", authorization);
                }
            });

            Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{what}: {method} {url} answered {(int)response.StatusCode}");
            if (method != HttpMethod.Head)
            {
                await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
            }
        }

        await before.AssertUnchangedAsync(owner);
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        var (owner, file, _, trashed, version) = await OwnerAsync();
        var second = await owner.Client.CreateTokenAsync(owner.Email, Members.Password, "to revoke");
        using (var revoke = await owner.Http.DeleteAsync($"/api/v1/auth/tokens/{second.Id}"))
        {
            Assert.True(revoke.IsSuccessStatusCode);
        }

        var before = await DriveState.CaptureAsync(owner);
        using var revoked = factory.NewHttpClient();
        revoked.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second.Token);

        foreach (var (method, url, body) in Endpoints(file.Id, trashed.Id, version.Id).Where(e => e.Method != HttpMethod.Head))
        {
            using var response = await Raw.SendAsync(revoked, method, url, body());
            await Problem.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        }

        await before.AssertUnchangedAsync(owner);
    }

    [Fact]
    public async Task Another_members_ids_answer_404_like_unknown_ones_and_change_nothing()
    {
        var (owner, file, folder, trashed, version) = await OwnerAsync();
        var intruder = await Members.NewAsync(factory);
        await intruder.Client.UploadAsync("/mine.txt", new MemoryStream([1]));
        await intruder.Client.UploadAsync("/trash-me.txt", new MemoryStream([2]));
        await intruder.Client.DeleteAsync("/trash-me.txt");
        var ownerBefore = await DriveState.CaptureAsync(owner);
        var intruderBefore = await DriveState.CaptureAsync(intruder);

        (HttpMethod Method, string Url)[] requests =
        [
            (HttpMethod.Get, $"/api/v1/nodes/{file.Id}"),
            (HttpMethod.Get, $"/api/v1/nodes/{folder.Id}"),
            (HttpMethod.Post, $"/api/v1/trash/{trashed.Id}/restore"),
            (HttpMethod.Delete, $"/api/v1/trash/{trashed.Id}"),
            (HttpMethod.Get, $"/api/v1/versions/{version.Id}/content"),
            (HttpMethod.Post, $"/api/v1/versions/{version.Id}/restore"),
        ];
        foreach (var (method, url) in requests)
        {
            using var theirs = await Raw.SendAsync(intruder, method, url);
            var problem = await Problem.AssertAsync(theirs, HttpStatusCode.NotFound, "not_found");

            // Indistinguishable from an id that does not exist at all.
            var unknown = url.Replace(file.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(folder.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(trashed.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(version.Id.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal);
            using var none = await Raw.SendAsync(intruder, method, unknown);
            var expected = await Problem.AssertAsync(none, HttpStatusCode.NotFound, "not_found");
            Assert.Equal(expected.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());
        }

        await ownerBefore.AssertUnchangedAsync(owner);
        await intruderBefore.AssertUnchangedAsync(intruder);
    }

    [Fact]
    public async Task Paths_always_resolve_in_the_callers_own_drive()
    {
        var (owner, _, _, _, _) = await OwnerAsync();
        var other = await Members.NewAsync(factory);
        var ownerBefore = await DriveState.CaptureAsync(owner);

        foreach (var url in new[] { "/api/v1/content/private/secret.txt", "/api/v1/stat/private/secret.txt", "/api/v1/folders/private", "/api/v1/versions?path=/private/secret.txt" })
        {
            using var response = await other.Http.GetAsync(url);
            await Problem.AssertAsync(response, HttpStatusCode.NotFound, "not_found");
        }

        using (var delete = await other.Http.DeleteAsync("/api/v1/content/private/secret.txt"))
        {
            await Problem.AssertAsync(delete, HttpStatusCode.NotFound, "not_found");
        }

        foreach (var url in new[] { "/api/v1/move", "/api/v1/copy" })
        {
            using var response = await Raw.PostJsonAsync(other, url, JsonSerializer.Serialize(new { from = "/private/secret.txt", to = "/mine.txt" }));
            await Problem.AssertAsync(response, HttpStatusCode.NotFound, "not_found");
        }

        Assert.Empty((await other.Client.SearchAsync("secret")).Items);
        Assert.Empty((await other.Client.TrashAsync()).Items);
        using (var empty = await other.Http.DeleteAsync("/api/v1/trash"))
        {
            Assert.Equal(HttpStatusCode.NoContent, empty.StatusCode);
        }

        // The same path in the other drive is a different file.
        await other.Client.UploadAsync("/private/secret.txt", new MemoryStream("other"u8.ToArray()), parents: true);
        using var download = await owner.Client.DownloadAsync("/private/secret.txt");
        Assert.Equal("v2", await download.Content.ReadAsStringAsync());
        await ownerBefore.AssertUnchangedAsync(owner);
        Assert.Equal(5, (await other.Client.MeAsync()).Quota.Used);
    }

    [Fact]
    public async Task Identical_content_in_two_drives_is_still_private_to_each()
    {
        var alice = await Members.NewAsync(factory);
        var bob = await Members.NewAsync(factory);
        var bytes = Content.Bytes(77, 10_000);
        var aliceNode = await alice.Client.UploadAsync("/shared-bytes.bin", new MemoryStream(bytes));
        var bobNode = await bob.Client.UploadAsync("/same.bin", new MemoryStream(bytes));
        Assert.Equal(aliceNode.Sha256, bobNode.Sha256);

        await alice.Client.DeleteAsync("/shared-bytes.bin");
        await alice.Client.EmptyTrashAsync();

        using var download = await bob.Client.DownloadAsync("/same.bin");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        using var gone = await alice.Http.GetAsync($"/api/v1/nodes/{bobNode.Id}");
        await Problem.AssertAsync(gone, HttpStatusCode.NotFound, "not_found");
        Assert.Equal(0, (await alice.Client.MeAsync()).Quota.Used);
        Assert.Equal(10_000, (await bob.Client.MeAsync()).Quota.Used);
    }
}
