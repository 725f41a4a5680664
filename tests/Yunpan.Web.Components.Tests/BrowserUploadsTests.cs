using System.Net;
using Bunit;
using Yunpan.Contracts.Accounts;
using Yunpan.Contracts.Drive;
using Yunpan.Contracts.Errors;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

/// <summary>The upload queue of a tab: totals over its files, and instant upload (D-4) with its fallback.</summary>
public sealed class BrowserUploadsTests : ComponentTest
{
    private const long Mi = 1024 * 1024;
    private const long Big = 20 * Mi;
    private static readonly Guid ChallengeId = Guid.CreateVersion7();

    [Fact]
    public async Task Totals_count_finished_files_whole_and_leave_canceled_and_refused_ones_out()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "a.bin", "/", 100);
        uploads.OnAdded(2, "b.bin", "/", 300);
        uploads.OnAdded(3, "c.bin", "/", 600);
        uploads.OnAdded(4, "d.bin", "/", 5000);

        uploads.OnProgress(1, 50, 1000);
        uploads.OnProgress(2, 10, 1000);
        uploads.OnDone(2);
        await uploads.CancelAsync(uploads.Items[2]);
        uploads.OnError(4, 507, null);

        Assert.Equal(400, uploads.TotalSize);
        Assert.Equal(350, uploads.TotalSent);
        Assert.Equal([UploadState.Uploading, UploadState.Done, UploadState.Canceled, UploadState.Failed], uploads.Items.Select(i => i.State));
        Assert.Equal(50, uploads.Items[0].Percent);

        uploads.ClearFinished();
        Assert.Equal(["a.bin"], uploads.Items.Select(i => i.Name));
    }

    [Fact]
    public void A_refusal_whose_body_is_not_json_still_shows_as_the_status_refusal()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "a.bin", "/", 100);

        uploads.OnError(1, 502, "<html>Bad Gateway</html>");

        Assert.Equal(UploadState.Failed, uploads.Items[0].State);
        Assert.Equal("HTTP 502", uploads.Items[0].Error);
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(BrowserUploads.InstantUploadThreshold - 1, false)]
    [InlineData(BrowserUploads.InstantUploadThreshold, true)]
    [InlineData(Big, true)]
    public void Only_large_files_are_worth_hashing(long size, bool worth)
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "file.bin", "/", size);

        Assert.Equal(worth, uploads.WorthHashing(1));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public async Task A_file_that_cannot_fit_is_not_hashed_but_sent_to_hear_why(int usedMiB, bool worth)
    {
        // 100 MiB capacity, 30 MiB largest file: a 20 MiB file fits while 80 MiB are used, not beyond.
        Api.Answer("GET", "/api/v1/me", Me(used: usedMiB * Mi, total: 100 * Mi, maxUpload: 30 * Mi));
        await Service<CurrentMember>().RefreshAsync();
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "file.bin", "/", Big);
        uploads.OnAdded(2, "huge.bin", "/", 31 * Mi);

        Assert.Equal(worth, uploads.WorthHashing(1));
        Assert.False(uploads.WorthHashing(2));
    }

    [Fact]
    public async Task A_file_canceled_before_hashing_is_not_hashed()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "big.bin", "/", Big);
        await uploads.CancelAsync(uploads.Items[0]);

        Assert.False(uploads.WorthHashing(1));
    }

    [Fact]
    public async Task Known_content_is_proved_with_the_pages_answer_and_arrives_without_sending()
    {
        var uploads = Service<BrowserUploads>();
        var arrived = new List<string>();
        uploads.Completed += arrived.Add;
        uploads.OnAdded(7, "big.bin", "/Photos", Big);
        uploads.OnHashing(7, Big);
        var ranges = new[] { new ChallengeRange(10, 65536), new ChallengeRange(9000000, 65536) };
        Api.Answer("POST", "/api/v1/instant-uploads", new InstantUploadChallenge(ChallengeId, "00ff", ranges, DateTimeOffset.UtcNow.AddMinutes(5)), HttpStatusCode.Created);
        Api.Answer("POST", $"/api/v1/instant-uploads/{ChallengeId}", Node("/Photos/big.bin"), HttpStatusCode.Created);
        var prove = JSInterop.Setup<string>("yunpanUploads.prove", _ => true);
        prove.SetResult("the-answer");

        Assert.True(await uploads.TryInstantAsync(7, new string('a', 64)));

        var item = Assert.Single(uploads.Items);
        Assert.Equal((UploadState.Done, true, Big, 100), (item.State, item.Instant, item.Sent, item.Percent));
        Assert.Equal(["/Photos"], arrived);
        Assert.Contains("\"path\":\"/Photos/big.bin\"", Api.Bodies[0], StringComparison.Ordinal);
        Assert.Contains("\"parents\":true", Api.Bodies[0], StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"the-answer\"", Api.Bodies[1], StringComparison.Ordinal);
        var asked = Assert.Single(prove.Invocations);
        Assert.Equal([7, "00ff", ranges], asked.Arguments.Select(a => a is IReadOnlyList<ChallengeRange> r ? r.ToArray() : a));
    }

    [Fact]
    public async Task Unknown_content_falls_back_to_sending_the_file_without_asking_for_proof()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "new.bin", "/", Big);
        uploads.OnHashing(1, Big / 2);
        Assert.Equal(50, uploads.Items[0].HashedPercent);
        uploads.OnHashing(1, Big);
        Api.Refuse("POST", "/api/v1/instant-uploads", HttpStatusCode.NotFound, ErrorCodes.ContentUnknown);

        Assert.False(await uploads.TryInstantAsync(1, new string('b', 64)));

        Assert.Equal((UploadState.Uploading, false), (uploads.Items[0].State, uploads.Items[0].Instant));
        Assert.Empty(JSInterop.Invocations["yunpanUploads.prove"]);
        Assert.Equal(["POST /api/v1/instant-uploads"], Api.Requests);
    }

    [Fact]
    public async Task A_refused_proof_falls_back_to_sending_the_file()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "big.bin", "/", Big);
        uploads.OnHashing(1, Big);
        Api.Answer("POST", "/api/v1/instant-uploads", new InstantUploadChallenge(ChallengeId, "00", [], DateTimeOffset.UtcNow.AddMinutes(5)), HttpStatusCode.Created);
        Api.Refuse("POST", $"/api/v1/instant-uploads/{ChallengeId}", HttpStatusCode.Forbidden, "challenge_failed");
        JSInterop.Setup<string>("yunpanUploads.prove", _ => true).SetResult("wrong");

        Assert.False(await uploads.TryInstantAsync(1, new string('c', 64)));

        Assert.Equal(UploadState.Uploading, uploads.Items[0].State);
        uploads.OnProgress(1, 1024, 1024);
        Assert.Equal(1024, uploads.TotalSent);
    }

    [Fact]
    public async Task A_canceled_file_is_not_offered()
    {
        var uploads = Service<BrowserUploads>();
        uploads.OnAdded(1, "big.bin", "/", Big);
        uploads.OnHashing(1, Big / 4);
        await uploads.CancelAsync(uploads.Items[0]);

        Assert.False(await uploads.TryInstantAsync(1, new string('d', 64)));
        Assert.Empty(Api.Requests);
    }

    private static MeResponse Me(long used, long total, long maxUpload) =>
        new(Guid.NewGuid(), "me@example.com", true, null, false, "standard", "Standard", new QuotaDto(used, total, used, 0, 0, 0), maxUpload, [], DateTimeOffset.UnixEpoch);

    private static NodeDto Node(string path) =>
        new(Guid.NewGuid(), path[(path.LastIndexOf('/') + 1)..], path, "file", Big, "application/octet-stream", new string('a', 64), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
