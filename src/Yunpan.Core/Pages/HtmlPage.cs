using System.Text;
using Microsoft.AspNetCore.Http;

namespace Yunpan.Core.Pages;

/// <summary>How a server-rendered page goes out: UTF-8 HTML with its status, never cached unless the endpoint said so.</summary>
public static class HtmlPage
{
    public static IResult Result(HttpContext http, string html, int status)
    {
        // Only a page that is the same for every visitor says it may be cached; forms, refusals and 404/410 may not.
        if (string.IsNullOrEmpty(http.Response.Headers.CacheControl))
        {
            http.Response.Headers.CacheControl = "no-store";
        }

        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
