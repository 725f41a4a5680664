using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Yunpan.Web.Services;

/// <summary>
/// The uploads of this browser tab. The files themselves never leave JavaScript (a File is read by the browser
/// straight into the request): wwwroot/js/uploads.js runs them with tus-js-client against /api/v1/uploads and reports
/// here, and this class keeps what the upload panel shows.
/// </summary>
public sealed class BrowserUploads(IJSRuntime js) : IAsyncDisposable
{
    private readonly List<UploadItem> _items = [];
    private DotNetObjectReference<BrowserUploads>? _self;

    public IReadOnlyList<UploadItem> Items => _items;

    /// <summary>Something changed (progress, state); the panel re-renders.</summary>
    public event Action? Changed;

    /// <summary>A file arrived in a drive folder; a view of that folder refreshes.</summary>
    public event Action<string>? Completed;

    public long TotalSize => _items.Where(i => i.State != UploadState.Canceled).Sum(i => i.Size);

    public long TotalSent => _items.Where(i => i.State != UploadState.Canceled).Sum(i => i.State == UploadState.Done ? i.Size : i.Sent);

    /// <summary>Wires the file pickers and the drop zone of the drive view to the uploader.</summary>
    public async Task AttachAsync(ElementReference files, ElementReference folder, ElementReference dropZone)
    {
        _self ??= DotNetObjectReference.Create(this);
        await js.InvokeVoidAsync("yunpanUploads.attach", _self, files, folder, dropZone, Client.ApiRoutes.Uploads);
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

    [JSInvokable]
    public void OnResumed(int id, long offset) => Update(id, i => i.ResumedFrom = offset);

    [JSInvokable]
    public void OnProgress(int id, long sent, double bytesPerSecond) => Update(id, i =>
    {
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

    [JSInvokable]
    public void OnError(int id, string message) => Update(id, i =>
    {
        i.State = UploadState.Failed;
        i.Error = message;
    });

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
