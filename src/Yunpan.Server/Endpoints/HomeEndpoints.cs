namespace Yunpan.Server.Endpoints;

/// <summary>The start page until the web app lands: says what is running and where to go.</summary>
internal static class HomeEndpoints
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Yunpan 云盘</title>
        <style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}
        code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.25rem}a{color:#2563eb}</style></head>
        <body><h1>Yunpan 云盘</h1>
        <p>This Yunpan server is running. Store, transfer and share files through its API:</p>
        <ul><li><a href="/api/docs">API reference</a> (<a href="/openapi/v1.json">OpenAPI document</a>)</li>
        <li>Health: <a href="/healthz">/healthz</a></li></ul>
        <p>Quick start: register with <code>POST /api/v1/auth/register</code>, create a token with <code>POST /api/v1/auth/tokens</code>
        (HTTP Basic), then upload with <code>PUT /api/v1/content/&lt;path&gt;</code>. The README has a full walk-through.</p>
        <p lang="zh-CN">云盘服务已启动。请通过 <a href="/api/docs">API 文档</a> 使用存储、传输与分享功能。</p>
        </body></html>
        """;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", () => Results.Content(Page, "text/html; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
}
