using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Yunpan.Web.Services;

namespace Yunpan.Web.Components.Tests;

/// <summary>
/// A bUnit context with the web app's services over a <see cref="StubApi"/>, in English. JavaScript calls that a test
/// does not set up answer nothing (loose mode): the components' logic is under test here, the browser in Yunpan.Web.Tests.
/// Disposed asynchronously, as MudBlazor's services and the upload queue need.
/// </summary>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture.English);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(Api.Client);
        Services.AddSingleton<CurrentMember>();
        Services.AddSingleton<BrowserUploads>();
    }

    protected StubApi Api { get; } = new();

    protected T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
