using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Yunpan.Client;
using Yunpan.Contracts.Drive;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>
/// The uploads of this browser tab. The files themselves never leave JavaScript (a File is read by the browser
/// straight into the request): wwwroot/js/uploads.js runs them with tus-js-client against /api/v1/uploads and reports
/// here, and this class keeps what the upload panel shows. A large file is offered for instant upload first (D-4):
/// the script hashes it and this class asks the server, answers its challenge with the proof the script computes, and
/// says whether the file still has to be sent.
/// </summary>
public sealed class BrowserUploads(IJSRuntime js, YunpanClient api, CurrentMember member, IStringLocalizer<Strings> text) : IAsyncDisposable
{
    /// <summary>
    /// Files this large or larger are hashed and offered for instant upload before they are sent. Hashing reads the
    /// whole file once (hundreds of MB/s in the browser) and asking costs a round trip or two, which pays off only when
    /// sending would take longer: below 8 MiB an upload is over in a second or two even on a slow line, and a tiny
    /// file is sent faster than it is hashed and proved.
    /// </summary>
    public const long InstantUploadThreshold = 8 * 1024 * 1024;

    private readonly List<UploadItem> _items = [];
    private DotNetObjectReference<BrowserUploads>? _self;

    public IReadOnlyList<UploadItem> Items => _items;

    /// <summary>Something changed (progress, state); the panel re-renders.</summary>
    public event Action? Changed;

    /// <summary>A file arrived in a drive folder; a view of that folder refreshes.</summary>
    public event Action<string>? Completed;

    /// <summary>The bytes of the files on their way or arrived; refused and canceled ones never will, so they do not count.</summary>
    public long TotalSize => Counted.Sum(i => i.Size);

    public long TotalSent => Counted.Sum(i => i.State == UploadState.Done ? i.Size : i.Sent);

    private IEnumerable<UploadItem> Counted => _items.Where(i => i.State is not (UploadState.Canceled or UploadState.Failed));

    /// <summary>Wires the file pickers and the drop zone of the drive view to the uploader.</summary>
    public async Task AttachAsync(ElementReference files, ElementReference folder, ElementReference dropZone)
    {
        _self ??= DotNetObjectReference.Create(this);
        await js.InvokeVoidAsync("yunpanUploads.attach", _self, files, folder, dropZone, ApiRoutes.Uploads);
    }

    /// <summary>Files picked or dropped from now on go into <paramref name="path"/>.</summary>
    public ValueTask SetFolderAsync(string path) => js.InvokeVoidAsync("yunpanUploads.setFolder", path);

    public ValueTask PauseAsync(UploadItem item) => Command("pause", item, UploadState.Paused);

    public ValueTask ResumeAsync(UploadItem item) => Command("resume", item, UploadState.Uploading);

    public ValueTask CancelAsync(UploadItem item) => Command("cancel", item, UploadState.Canceled);

    /// <summary>Forgets finished, failed and canceled uploads.</summary>
    public void ClearFinished()
    {
        _items.RemoveAll(i => i.State is UploadState.Done or UploadState.Failed or UploadState.Canceled);
        Changed?.Invoke();
    }

    [JSInvokable]
    public void OnAdded(int id, string name, string folder, long size)
    {
        _items.Add(new UploadItem(id, name, folder, size));
        Changed?.Invoke();
    }

    /// <summary>
    /// Whether to hash the file and offer it for instant upload before sending it: large enough to pay off, and within
    /// the plan's single-file limit and the space left as the member's quota last said (an instant upload counts
    /// against the quota too, so a file that cannot fit goes straight to the upload, which tells the member why).
    /// </summary>
    [JSInvokable]
    public bool WorthHashing(int id) =>
        _items.FirstOrDefault(i => i.Id == id) is { State: not UploadState.Canceled } item
        && item.Size >= InstantUploadThreshold
        && (member.Me is not { } me || (item.Size <= me.MaxUpload && me.Quota.Used + item.Size <= me.Quota.Total));

    [JSInvokable]
    public void OnHashing(int id, long hashed) => Update(id, i =>
    {
        i.State = UploadState.Hashing;
        i.Hashed = hashed;
    });

    /// <summary>
    /// Offers the file to the server by its SHA-256 (instant upload, D-4). True when the server held the content and
    /// took the proof: the file is in the drive and nothing is sent. False when it must be uploaded after all (content
    /// unknown, the proof refused, any error: the upload then meets the same rules and tells the member).
    /// </summary>
    [JSInvokable]
    public async Task<bool> TryInstantAsync(int id, string sha256)
    {
        if (_items.FirstOrDefault(i => i.Id == id) is not { } item || item.State == UploadState.Canceled)
        {
            return false;
        }

        try
        {
            // The same target and rules as the tus upload it replaces: missing folders are made, an existing file is replaced.
            var request = new StartInstantUploadRequest(DrivePath.Combine(item.Folder, item.Name), item.Size, sha256, Parents: true);
            var challenge = await api.StartInstantUploadAsync(request);
            var answer = await js.InvokeAsync<string>("yunpanUploads.prove", id, challenge.Nonce, challenge.Ranges);
            if (item.State == UploadState.Canceled)
            {
                return false;
            }

            await api.AnswerInstantUploadAsync(challenge.Id, answer);
        }
        catch (Exception e) when (e is YunpanApiException or HttpRequestException or JSException)
        {
            if (item.State == UploadState.Hashing)
            {
                Update(id, i => i.State = UploadState.Uploading);
            }

            return false;
        }

        item.Instant = true;
        OnDone(id);
        return true;
    }

    [JSInvokable]
    public void OnResumed(int id, long offset) => Update(id, i => i.ResumedFrom = offset);

    [JSInvokable]
    public void OnProgress(int id, long sent, double bytesPerSecond) => Update(id, i =>
    {
        // Sending after all: hashed, but instant upload did not take the file.
        if (i.State == UploadState.Hashing)
        {
            i.State = UploadState.Uploading;
        }

        i.Sent = sent;
        i.BytesPerSecond = bytesPerSecond;
    });

    [JSInvokable]
    public void OnDone(int id)
    {
        Update(id, i =>
        {
            i.Sent = i.Size;
            i.State = UploadState.Done;
        });
        if (_items.FirstOrDefault(i => i.Id == id) is { } item)
        {
            Completed?.Invoke(item.Folder);
        }
    }

    /// <summary>The upload failed: refused with <paramref name="status"/> and the server's <paramref name="problem"/>
    /// (problem+json, null when the answer had none), or status 0 when the server could not be reached.</summary>
    [JSInvokable]
    public void OnError(int id, int status, string? problem)
    {
        Exception failure = status == 0
            ? new HttpRequestException()
            : YunpanApiException.From((HttpStatusCode)status, problem, $"HTTP {status}");
        Update(id, i =>
        {
            i.State = UploadState.Failed;
            i.Error = ErrorText.For(text, failure);
        });
    }

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        await Task.CompletedTask;
    }

    private async ValueTask Command(string command, UploadItem item, UploadState state)
    {
        await js.InvokeVoidAsync("yunpanUploads." + command, item.Id);
        item.State = state;
        Changed?.Invoke();
    }

    private void Update(int id, Action<UploadItem> change)
    {
        if (_items.FirstOrDefault(i => i.Id == id) is { } item)
        {
            change(item);
            Changed?.Invoke();
        }
    }
}
