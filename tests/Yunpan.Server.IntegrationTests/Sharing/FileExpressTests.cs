using System.Net;
using System.Net.Http.Json;
using Yunpan.Contracts.Errors;
using Yunpan.Contracts.Sharing;
using Yunpan.Server.IntegrationTests.Drive;
using Yunpan.Server.IntegrationTests.Infrastructure;
using static Yunpan.Server.IntegrationTests.Accounts.AccountsApi;
using static Yunpan.Server.IntegrationTests.Sharing.SharingKit;

namespace Yunpan.Server.IntegrationTests.Sharing;

/// <summary>S-12: file express from my drive to another member's inbox; accept (zero-copy, quota) or decline; expiry.</summary>
public sealed class FileExpressTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static Task<HttpResponseMessage> SendAsync(Member sender, object request) => sender.Http.PostAsJsonAsync("/api/v1/express", request);

    private static async Task<ExpressList> InboxAsync(Member member) =>
        await ReadAsync<ExpressList>(await member.Http.GetAsync("/api/v1/express/inbox"), HttpStatusCode.OK);

    [Fact]
    public async Task A_parcel_arrives_in_the_inbox_and_is_accepted_into_the_drive_without_new_blobs()
    {
        var sender = await Members.NewAsync(factory);
        var bytes = await UploadAsync(sender, "/快递/照片/一.txt");
        await UploadAsync(sender, "/快递/照片/二.txt");
        var recipient = await Members.NewAsync(factory);
        var blobs = Disk.BlobFiles(factory).Count;

        var sent = await ReadAsync<ExpressDto>(await SendAsync(sender, new { to = recipient.Email.ToUpperInvariant(), path = "/快递/照片", message = "holiday" }), HttpStatusCode.Created);
        Assert.Equal((ExpressStatuses.Pending, "照片", true, (long)bytes.Length * 2), (sent.Status, sent.Name, sent.IsFolder, sent.Size));
        Assert.Equal(factory.Clock.GetUtcNow().AddDays(30), sent.ExpiresAt);

        var parcel = Assert.Single((await InboxAsync(recipient)).Items);
        Assert.Equal((sent.Id, sender.Id, "holiday"), (parcel.Id, parcel.SenderId, parcel.Message));
        Assert.Empty((await InboxAsync(sender)).Items);
        Assert.Single((await ReadAsync<ExpressList>(await sender.Http.GetAsync("/api/v1/express/sent"), HttpStatusCode.OK)).Items);

        // Only the recipient answers, once.
        await AssertProblemAsync(await sender.Http.PostAsJsonAsync($"/api/v1/express/{sent.Id}/accept", new { folder = "/" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        var accepted = await ReadAsync<ExpressDto>(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{sent.Id}/accept", new { folder = "/" }), HttpStatusCode.OK);
        Assert.Equal((ExpressStatuses.Accepted, "/照片"), (accepted.Status, accepted.SavedPath));
        Assert.Equal(bytes, await (await recipient.Client.DownloadAsync("/照片/一.txt")).Content.ReadAsByteArrayAsync());
        Assert.Equal(blobs, Disk.BlobFiles(factory).Count);
        await AssertProblemAsync(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{sent.Id}/accept", new { folder = "/" }), HttpStatusCode.Conflict, ErrorCodes.ParcelClosed);
        await AssertProblemAsync(await recipient.Http.PostAsync($"/api/v1/express/{sent.Id}/decline", null), HttpStatusCode.Conflict, ErrorCodes.ParcelClosed);
        Assert.Equal(ExpressStatuses.Accepted, (await ReadAsync<ExpressList>(await sender.Http.GetAsync("/api/v1/express/sent"), HttpStatusCode.OK)).Items[0].Status);
    }

    [Fact]
    public async Task Bad_parcels_are_refused_and_declined_or_late_ones_change_no_drive()
    {
        var sender = await Members.NewAsync(factory);
        await UploadAsync(sender, "/d.txt");
        var recipient = await Members.NewAsync(factory);

        await AssertProblemAsync(await SendAsync(sender, new { to = "nobody@example.com", path = "/d.txt" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await SendAsync(sender, new { to = recipient.Email, path = "/missing.txt" }), HttpStatusCode.NotFound, ErrorCodes.NotFound);
        await AssertProblemAsync(await SendAsync(sender, new { to = sender.Email, path = "/d.txt" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
        await AssertProblemAsync(await SendAsync(sender, new { to = recipient.Email, path = "/" }), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);

        var declined = await ReadAsync<ExpressDto>(await SendAsync(sender, new { to = recipient.Email, path = "/d.txt" }), HttpStatusCode.Created);
        var late = await ReadAsync<ExpressDto>(await SendAsync(sender, new { to = recipient.Email, path = "/d.txt" }), HttpStatusCode.Created);
        var before = await DriveState.CaptureAsync(recipient);
        await AssertProblemAsync(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{declined.Id}/accept", new { folder = "/missing" }), HttpStatusCode.Conflict, ErrorCodes.ParentNotFound);
        Assert.Equal(ExpressStatuses.Declined, (await ReadAsync<ExpressDto>(await recipient.Http.PostAsync($"/api/v1/express/{declined.Id}/decline", null), HttpStatusCode.OK)).Status);

        factory.Clock.Advance(TimeSpan.FromDays(30));
        await AssertProblemAsync(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{late.Id}/accept", new { folder = "/" }), HttpStatusCode.Conflict, ErrorCodes.ParcelClosed);
        var statuses = (await InboxAsync(recipient)).Items.ToDictionary(p => p.Id, p => p.Status);
        Assert.Equal(ExpressStatuses.Declined, statuses[declined.Id]);
        Assert.Equal(ExpressStatuses.Expired, statuses[late.Id]);
        await before.AssertUnchangedAsync(recipient);
    }

    [Fact]
    public async Task Accepting_beyond_the_quota_is_refused_and_the_parcel_stays_pending()
    {
        using var small = new SmallQuotaSharingFactory();
        var sender = await Members.NewAsync(small);
        await UploadAsync(sender, "/big.bin", new byte[800]);
        var recipient = await Members.NewAsync(small);
        await UploadAsync(recipient, "/own.bin", new byte[500]);
        var parcel = await ReadAsync<ExpressDto>(await sender.Http.PostAsJsonAsync("/api/v1/express", new { to = recipient.Email, path = "/big.bin" }), HttpStatusCode.Created);

        await AssertProblemAsync(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{parcel.Id}/accept", new { folder = "/" }), HttpStatusCode.InsufficientStorage, ErrorCodes.QuotaExceeded);
        Assert.Equal(ExpressStatuses.Pending, Assert.Single((await ReadAsync<ExpressList>(await recipient.Http.GetAsync("/api/v1/express/inbox"), HttpStatusCode.OK)).Items).Status);
        await recipient.Client.DeleteAsync("/own.bin");
        await recipient.Http.DeleteAsync("/api/v1/trash"); // free the space for good
        var trash = await recipient.Client.TrashAsync();
        Assert.Empty(trash.Items);
        Assert.Equal(ExpressStatuses.Accepted, (await ReadAsync<ExpressDto>(await recipient.Http.PostAsJsonAsync($"/api/v1/express/{parcel.Id}/accept", new { folder = "/" }), HttpStatusCode.OK)).Status);
    }
}
