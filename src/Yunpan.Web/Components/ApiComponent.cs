using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Yunpan.Client;
using Yunpan.Web.Resources;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components;

/// <summary>
/// A page or card that calls the API. A failed call becomes the text the member reads (ErrorText), shown where the
/// component wants it, instead of an unhandled exception that would take the whole app down.
/// </summary>
public abstract class ApiComponent : ComponentBase
{
    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> Text { get; set; } = default!;

    /// <summary>True while a call runs, to disable the buttons that would start another.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Runs <paramref name="action"/>; on failure hands the message to <paramref name="failed"/>, or shows it as an error snackbar.</summary>
    protected async Task RunAsync(Func<Task> action, Action<string>? failed = null)
    {
        Busy = true;
        try
        {
            await action();
        }
        catch (Exception e) when (e is YunpanApiException or HttpRequestException)
        {
            var message = ErrorText.For(Text, e);
            if (failed is null)
            {
                Snackbar.Add(message, Severity.Error);
            }
            else
            {
                failed(message);
            }
        }
        finally
        {
            Busy = false;
        }
    }
}
