using Microsoft.Extensions.Localization;
using Yunpan.Client;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>
/// What to tell the member when a call fails: the UI's own wording for error codes it knows ("Error_" + code in the
/// resources), otherwise the server's message, which always says what went wrong.
/// </summary>
public static class ErrorText
{
    public static string For(IStringLocalizer<Strings> l, Exception error) => error switch
    {
        YunpanApiException api when l["Error_" + api.Code] is { ResourceNotFound: false } known => known.Value,
        YunpanApiException api => api.Message,
        HttpRequestException => l["ErrorNetwork"],
        _ => error.Message,
    };
}
