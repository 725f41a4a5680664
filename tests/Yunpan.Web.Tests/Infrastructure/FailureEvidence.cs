using Microsoft.Playwright;

namespace Yunpan.Web.Tests.Infrastructure;

/// <summary>
/// A journey that fails leaves a screenshot of where it stood (artifacts/screenshots/FAILED-name.png) and the page's
/// address in the message, so that a failure on a loaded CI machine can be read after the fact.
/// </summary>
public static class FailureEvidence
{
    public static async Task RunAsync(IPage page, string name, Func<Task> journey)
    {
        try
        {
            await journey();
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            await Browser.ScreenshotAsync(page, "FAILED-" + name);
            throw new InvalidOperationException($"{name} failed on {page.Url}: {failure.Message}", failure);
        }
    }
}
