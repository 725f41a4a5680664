using System.Net;
using System.Net.Http.Json;
using Yunpan.Client;

namespace Yunpan.Web.Components.Tests;

/// <summary>
/// The server as the components see it through <see cref="YunpanClient"/>: canned answers per "METHOD /path", and
/// every request it was asked, in order. A request without an answer fails the test.
/// </summary>
public sealed class StubApi : HttpMessageHandler
{
    private readonly Dictionary<string, Func<HttpRequestMessage, HttpResponseMessage>> _answers = new(StringComparer.Ordinal);

    public StubApi() => Client = new YunpanClient(new HttpClient(this) { BaseAddress = new Uri("http://yunpan.test/") });

    public YunpanClient Client { get; }

    /// <summary>Every request as "METHOD /path", in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>The body of every request that had one, in order.</summary>
    public List<string> Bodies { get; } = [];

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with <paramref name="body"/> as JSON.</summary>
    public void Answer(string method, string path, object body, HttpStatusCode status = HttpStatusCode.OK) =>
        _answers[$"{method} {path}"] = _ => new HttpResponseMessage(status) { Content = JsonContent.Create(body, body.GetType()) };

    /// <summary>Answers with a problem+json error carrying <paramref name="code"/>, as the server does.</summary>
    public void Refuse(string method, string path, HttpStatusCode status, string code) =>
        _answers[$"{method} {path}"] = _ => new HttpResponseMessage(status)
        {
            Content = new StringContent($$"""{"status":{{(int)status}},"code":"{{code}}","detail":"refused: {{code}}"}""", System.Text.Encoding.UTF8, "application/problem+json"),
        };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = $"{request.Method} {request.RequestUri!.AbsolutePath}";
        Requests.Add(key);
        if (request.Content is not null)
        {
            Bodies.Add(await request.Content.ReadAsStringAsync(cancellationToken));
        }

        return _answers.TryGetValue(key, out var answer)
            ? answer(request)
            : throw new InvalidOperationException($"The stub has no answer for {key}.");
    }
}
