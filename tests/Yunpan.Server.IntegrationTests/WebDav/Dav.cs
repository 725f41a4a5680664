using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Yunpan.Server.IntegrationTests.Infrastructure;

namespace Yunpan.Server.IntegrationTests.WebDav;

/// <summary>WebDAV requests as a DAV client sends them: HTTP Basic with the access token as the password.</summary>
internal static class Dav
{
    public static readonly XNamespace D = "DAV:";
    public static readonly XNamespace Oc = "http://owncloud.org/ns";

    public static HttpClient Client(YunpanFactory factory, Member member)
    {
        var http = factory.NewHttpClient();
        http.DefaultRequestHeaders.Authorization = Basic("any", member.Token);
        return http;
    }

    public static AuthenticationHeaderValue Basic(string login, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(login + ":" + password)));

    public static HttpRequestMessage Request(string method, string url, string? xml = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (xml is not null)
        {
            request.Content = new StringContent(xml, Encoding.UTF8, "application/xml");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string method, string url, string? xml = null, params (string Name, string Value)[] headers)
    {
        using var request = Request(method, url, xml, headers);
        return await http.SendAsync(request);
    }

    public static async Task<XDocument> PropfindAsync(HttpClient http, string url, string depth, string? xml = null)
    {
        using var response = await SendAsync(http, "PROPFIND", url, xml, ("Depth", depth));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == 207, $"PROPFIND {url}: {(int)response.StatusCode}\n{body}");
        return XDocument.Parse(body);
    }

    public static string? Prop(XDocument multistatus, string href, XName property) =>
        multistatus.Descendants(D + "response")
            .FirstOrDefault(r => (string?)r.Element(D + "href") == href)?
            .Descendants(property).FirstOrDefault()?.Value;

    public const string LockBody = """<?xml version="1.0" encoding="utf-8"?><D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>test</D:owner></D:lockinfo>""";
}
