using Microsoft.AspNetCore.Http;

namespace Yunpan.WebDav.Protocol;

/// <summary>One condition of an If header: a state token (lock token) or an entity tag, possibly negated.</summary>
internal sealed record IfCondition(bool Not, string? StateToken, string? ETag);

/// <summary>One parenthesized list; all its conditions must hold. <see cref="Resource"/> is the tag of a tagged list.</summary>
internal sealed record IfList(string? Resource, IReadOnlyList<IfCondition> Conditions);

/// <summary>
/// The If request header of RFC 4918 §10.4: lists of state-token and entity-tag conditions, untagged (about the
/// request URL) or tagged with a resource. The header holds when any one list holds. Lock tokens named without Not
/// count as submitted, which is how a client proves it holds a lock.
/// </summary>
internal sealed class IfHeader
{
    private IfHeader(IReadOnlyList<IfList> lists) => Lists = lists;

    public IReadOnlyList<IfList> Lists { get; }

    public IEnumerable<string> SubmittedTokens =>
        Lists.SelectMany(l => l.Conditions).Where(c => !c.Not && c.StateToken is not null).Select(c => c.StateToken!);

    public static IfHeader? Read(HttpRequest request)
    {
        var value = request.Headers["If"].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : Parse(value);
    }

    public static IfHeader Parse(string text)
    {
        var lists = new List<IfList>();
        var i = 0;
        string? resource = null;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                break;
            }

            if (text[i] == '<')
            {
                resource = ReadUntil(text, ref i, '<', '>');
                continue;
            }

            if (text[i] != '(')
            {
                throw Malformed();
            }

            i++;
            var conditions = new List<IfCondition>();
            while (true)
            {
                SkipSpace(text, ref i);
                if (CutOff(text, i))
                {
                    // A list cut off at the end of the header (litmus 0.13 truncates long If headers — with 64-digit
                    // ETags — in a fixed buffer) is dropped. That never makes the header hold, so it is safe.
                    return lists.Count == 0 ? throw Malformed() : new IfHeader(lists);
                }

                if (text[i] == ')')
                {
                    i++;
                    break;
                }

                var not = false;
                if (string.Compare(text, i, "Not", 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    not = true;
                    i += 3;
                    SkipSpace(text, ref i);
                    if (CutOff(text, i))
                    {
                        return lists.Count == 0 ? throw Malformed() : new IfHeader(lists);
                    }
                }

                if (i < text.Length && text[i] == '<')
                {
                    conditions.Add(new IfCondition(not, ReadUntil(text, ref i, '<', '>'), null));
                }
                else if (i < text.Length && text[i] == '[')
                {
                    conditions.Add(new IfCondition(not, null, ReadUntil(text, ref i, '[', ']')));
                }
                else
                {
                    throw Malformed();
                }
            }

            if (conditions.Count == 0)
            {
                throw Malformed();
            }

            lists.Add(new IfList(resource, conditions));
        }

        return lists.Count == 0 ? throw Malformed() : new IfHeader(lists);
    }

    private static string ReadUntil(string text, ref int i, char open, char close)
    {
        if (text[i] != open)
        {
            throw Malformed();
        }

        var end = text.IndexOf(close, i + 1);
        if (end < 0)
        {
            throw Malformed();
        }

        var value = text[(i + 1)..end];
        i = end + 1;
        return value;
    }

    private static bool CutOff(string text, int i) =>
        i >= text.Length || (text[i] is '<' or '[' && text.IndexOf(text[i] == '<' ? '>' : ']', i) < 0);

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static DavException Malformed() => new(StatusCodes.Status400BadRequest, "The If header is malformed (RFC 4918 §10.4).");
}
