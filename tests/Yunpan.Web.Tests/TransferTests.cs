using System.Security.Cryptography;
using Microsoft.Playwright;
using Yunpan.Client;
using Yunpan.Contracts.Accounts;
using Yunpan.Web.Tests.Infrastructure;

namespace Yunpan.Web.Tests;

/// <summary>
/// Transfers in the browser: an upload interrupted by a page reload resumes where it stopped, files dropped on the
/// drive view upload, and audio and video play from the server through Range requests.
/// </summary>
public sealed class TransferTests(Browser browser) : IClassFixture<Browser>
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task An_upload_interrupted_by_a_reload_resumes_where_it_stopped()
    {
        using var files = new TestFiles();
        var (page, api) = await browser.SignedInAsync(Password);
        var bytes = TestFiles.Bytes(42, 24 * 1024 * 1024);
        var big = files.Write("large.bin", bytes);

        // The connection drops halfway: the first PATCH delivers half the bytes to the server and never ends (the
        // test forwards that half itself and holds the browser's request open), then the page is reloaded.
        var halfway = new TaskCompletionSource();
        await page.RouteAsync("**/api/v1/uploads/*", async route =>
        {
            var request = route.Request;
            if (request.Method != "PATCH" || halfway.Task.IsCompleted)
            {
                await route.ContinueAsync();
                return;
            }

            var body = request.PostDataBuffer!;
            using var http = new HttpClient();
            using var partial = new HttpRequestMessage(HttpMethod.Patch, request.Url) { Content = new ByteArrayContent(body[..(body.Length / 2)]) };
            foreach (var (name, value) in await request.AllHeadersAsync())
            {
                if (name is "cookie" or "tus-resumable" or "upload-offset")
                {
                    partial.Headers.TryAddWithoutValidation(name, value);
                }
            }

            partial.Content.Headers.ContentType = new("application/offset+octet-stream");
            (await http.SendAsync(partial)).EnsureSuccessStatusCode();
            halfway.SetResult();
        });
        await page.GetByTestId("file-input").SetInputFilesAsync(big);
        var item = page.Locator("[data-testid=upload-item][data-name='large.bin']");
        await Expect(item).ToHaveAttributeAsync("data-state", "uploading");
        await halfway.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await Browser.ScreenshotAsync(page, "upload-progress");

        await page.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        await page.ReloadAsync();
        await Expect(page.GetByTestId("upload-files")).ToBeVisibleAsync();
        await page.GetByTestId("file-input").SetInputFilesAsync(big);
        await Expect(item.GetByTestId("upload-resumed")).ToContainTextAsync("12 MB");
        await Expect(item).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 120_000 });
        await Expect(page.Locator("[data-testid=node-row][data-name='large.bin']")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "upload-resumed");

        using var download = await api.DownloadAsync("/large.bin");
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(await download.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task Files_dropped_on_the_drive_upload_and_audio_plays_from_the_server()
    {
        var (page, _) = await browser.SignedInAsync(Password);

        // Drag and drop: the drop event carries files, as a desktop file manager sends them.
        await page.GetByTestId("drop-zone").EvaluateAsync(@"(zone, wav) => {
            const bytes = Uint8Array.from(atob(wav), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], 'tone.wav', { type: 'audio/wav' }));
            transfer.items.add(new File(['dropped text'], 'dropped.txt', { type: 'text/plain' }));
            zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }", Convert.ToBase64String(Wav(seconds: 3)));
        await Expect(page.Locator("[data-testid=upload-item][data-state=done]")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=node-row][data-name='tone.wav']")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=node-row][data-name='dropped.txt']")).ToBeVisibleAsync();

        // The lightbox plays the audio straight from /api/v1/content (the element fetches it by Range).
        await page.Locator("[data-testid=node-row][data-name='tone.wav']").GetByTestId("node-open").ClickAsync();
        var audio = page.GetByTestId("preview-audio");
        await Expect(audio).ToBeVisibleAsync();
        await audio.EvaluateAsync("a => { a.muted = true; return a.play(); }");
        await page.WaitForFunctionAsync("a => a.currentTime > 0.2", await audio.ElementHandleAsync());
    }

    [Fact]
    public async Task A_video_dropped_on_the_drive_plays_in_the_preview()
    {
        var (page, _) = await browser.SignedInAsync(Password);

        // A real WebM (VP8) made by the browser itself, from a canvas through MediaRecorder, dropped like a desktop file.
        await page.GetByTestId("drop-zone").EvaluateAsync(@"async zone => {
            const canvas = document.createElement('canvas');
            canvas.width = 160;
            canvas.height = 120;
            const paint = canvas.getContext('2d');
            const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
            const chunks = [];
            recorder.ondataavailable = e => chunks.push(e.data);
            const stopped = new Promise(resolve => recorder.onstop = resolve);
            recorder.start(100);
            for (let frame = 0; frame < 40; frame++) {
                paint.fillStyle = `hsl(${frame * 9}, 80%, 50%)`;
                paint.fillRect(0, 0, 160, 120);
                await new Promise(resolve => setTimeout(resolve, 50));
            }
            recorder.stop();
            await stopped;
            const transfer = new DataTransfer();
            transfer.items.add(new File(chunks, 'clip.webm', { type: 'video/webm' }));
            zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }");
        await Expect(page.Locator("[data-testid=upload-item][data-state=done]")).ToHaveCountAsync(1);

        // The lightbox's video element streams it from /api/v1/content and reports playback.
        await page.Locator("[data-testid=node-row][data-name='clip.webm']").GetByTestId("node-open").ClickAsync();
        var video = page.GetByTestId("preview-video");
        await Expect(video).ToBeVisibleAsync();
        await video.EvaluateAsync("v => { v.muted = true; return v.play(); }");
        await page.WaitForFunctionAsync("v => v.currentTime > 0.2 && v.videoWidth === 160", await video.ElementHandleAsync());
        await Browser.ScreenshotAsync(page, "preview-video");
    }

    /// <summary>A mono 16-bit PCM WAV of a 440 Hz tone.</summary>
    private static byte[] Wav(int seconds)
    {
        const int rate = 8000;
        var samples = rate * seconds;
        using var wav = new MemoryStream();
        using var w = new BinaryWriter(wav);
        w.Write("RIFF"u8);
        w.Write(36 + (samples * 2));
        w.Write("WAVEfmt "u8);
        w.Write(16);
        w.Write((short)1);
        w.Write((short)1);
        w.Write(rate);
        w.Write(rate * 2);
        w.Write((short)2);
        w.Write((short)16);
        w.Write("data"u8);
        w.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            w.Write((short)(Math.Sin(2 * Math.PI * 440 * i / rate) * 8000));
        }

        w.Flush();
        return wav.ToArray();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
