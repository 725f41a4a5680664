using Microsoft.Extensions.Localization;
using Yunpan.Client;
using Yunpan.Contracts.Errors;
using Yunpan.Web.Resources;

namespace Yunpan.Web.Services;

/// <summary>
/// What to tell the member when a call fails, in the UI's language: "Error_" + code from the resources, or
/// "Error_" + code + "_Detail" with the numbers and names the refusal carries (<see cref="ErrorDetails"/>) when it
/// carries them all. A code this app does not know yet (a newer server) shows the server's own message.
/// </summary>
public static class ErrorText
{
    /// <summary>
    /// Codes the server gives to many different refusals ("No member with that id.", "No such order."): its message
    /// names the exact thing, which no fixed sentence can. The server writes English, so an English reader gets its
    /// message; any other reader gets the general sentence in their own language.
    /// </summary>
    private static readonly HashSet<string> ServerSaysMore = [ErrorCodes.BadRequest, ErrorCodes.NotFound, ErrorCodes.ValidationFailed];

    public static string For(IStringLocalizer<Strings> l, Exception error) => error switch
    {
        YunpanApiException refusal => For(l, refusal),
        HttpRequestException => l["ErrorNetwork"],
        _ => error.Message,
    };

    private static string For(IStringLocalizer<Strings> l, YunpanApiException refusal)
    {
        if (ServerSaysMore.Contains(refusal.Code) && Culture.Current == Culture.English)
        {
            return refusal.Message;
        }

        if (ErrorDetails.Arguments(l, refusal) is { } arguments && l[$"Error_{refusal.Code}_Detail", arguments] is { ResourceNotFound: false } detailed)
        {
            return detailed.Value;
        }

        return l["Error_" + refusal.Code] is { ResourceNotFound: false } known ? known.Value : refusal.Message;
    }
}
