using Microsoft.AspNetCore.Http;
using Yunpan.Contracts.Errors;
using Yunpan.Core.Errors;
using Yunpan.Desk.BannedPhrases;

namespace Yunpan.Desk;

internal static class DeskErrors
{
    /// <summary>
    /// K-8: the message is not sent. The problem carries the first phrase found (phrase, category, span, suggestion)
    /// and all of them under <c>hits</c>, so the client can mark every one.
    /// </summary>
    public static DomainException BannedPhrase(IReadOnlyList<BannedPhraseHit> hits)
    {
        var first = hits[0];
        return new DomainException(ErrorCodes.BannedPhrase, StatusCodes.Status422UnprocessableEntity,
            $"The message was not sent: \"{first.Matched}\" is a banned phrase ({first.Phrase.Category.Name()}). Say instead: {first.Phrase.Suggestion}",
            new Dictionary<string, object?>
            {
                ["phrase"] = first.Phrase.Phrase,
                ["category"] = first.Phrase.Category.Name(),
                ["start"] = first.Start,
                ["length"] = first.Length,
                ["matched"] = first.Matched,
                ["suggestion"] = first.Phrase.Suggestion,
                ["hits"] = hits.Select(Endpoints.DeskDtos.ToDto).ToList(),
            });
    }

    public static DomainException Invalid(string message) =>
        new(ErrorCodes.ValidationFailed, StatusCodes.Status400BadRequest, message);

    public static DomainException NotFound(string what) =>
        new(ErrorCodes.NotFound, StatusCodes.Status404NotFound, $"No such {what}.");

    public static DomainException BannedPhraseExists(string phrase) =>
        new(ErrorCodes.BannedPhraseExists, StatusCodes.Status409Conflict, $"\"{phrase}\" is already on the list (after normalization).");
}
