using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Yunpan.Contracts.Sharing;

namespace Yunpan.Sharing.Pages;

/// <summary>
/// A small server-rendered page. Every piece of text goes through <see cref="Text"/> (HTML-encoded); markup is only
/// ever written from constants, so a name like &lt;script&gt; is shown, never run.
/// </summary>
internal sealed class HtmlDocument(string title, string template, bool indexable)
{
    private readonly StringBuilder _body = new();

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>Appends markup written by this module (never user text).</summary>
    public HtmlDocument Markup(string html)
    {
        _body.Append(html);
        return this;
    }

    /// <summary>Appends text, encoded.</summary>
    public HtmlDocument Text(string text)
    {
        _body.Append(Encode(text));
        return this;
    }

    /// <summary>&lt;tag class="…"&gt;text&lt;/tag&gt; with the text encoded.</summary>
    public HtmlDocument Element(string tag, string? cssClass, string text)
    {
        _body.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _body.Append(" class=\"").Append(cssClass).Append('"');
        }

        _body.Append('>').Append(Encode(text)).Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A link whose address and text are both encoded.</summary>
    public HtmlDocument Link(string href, string text, string? cssClass = null)
    {
        _body.Append("<a href=\"").Append(Encode(href)).Append('"');
        if (cssClass is not null)
        {
            _body.Append(" class=\"").Append(cssClass).Append('"');
        }

        _body.Append('>').Append(Encode(text)).Append("</a>");
        return this;
    }

    public string Render()
    {
        var lang = CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "en";
        var html = new StringBuilder(_body.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (!indexable)
        {
            html.Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
        }

        html.Append("<title>").Append(Encode(title)).Append(" - ").Append(Encode(PageText.Get("SiteName"))).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body class=\"t-")
            .Append(ShareTemplates.All.Contains(template) ? template : ShareTemplates.Classic).Append("\">\n<main>\n")
            .Append("<header><a class=\"site\" href=\"/\">").Append(Encode(PageText.Get("SiteName"))).Append("</a></header>\n")
            .Append(_body)
            .Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private const string Style =
        "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;background:#f4f6fa;color:#1d2433}" +
        "main{max-width:860px;margin:0 auto;padding:16px}header{padding:8px 0 16px}a{color:#1565c0}.site{font-weight:700;text-decoration:none;font-size:20px}" +
        "section{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}" +
        "h1{font-size:22px;margin:0 0 8px;word-break:break-all}.meta{color:#5f6b7a;font-size:14px}.description{white-space:pre-wrap}" +
        ".button,button{display:inline-block;background:#1565c0;color:#fff;border:0;border-radius:6px;padding:8px 18px;font-size:15px;text-decoration:none;cursor:pointer}" +
        "table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:6px 4px;border-bottom:1px solid #eceff3;word-break:break-all}" +
        ".preview img,.preview video{max-width:100%}.preview pre{white-space:pre-wrap;max-height:480px;overflow:auto;background:#f7f7f7;padding:8px}" +
        ".notice{color:#8a5300}.error{color:#b00020}.promotion{border:1px dashed #c9a227;background:#fffbea}" +
        ".t-minimal section{box-shadow:none;border:1px solid #e3e6eb}.t-minimal{background:#fff}" +
        ".t-night{background:#111827;color:#e5e7eb}.t-night section{background:#1f2937}.t-night a{color:#93c5fd}" +
        ".t-paper{background:#f6f1e7;font-family:Georgia,'Songti SC',serif}.t-paper section{background:#fffdf7}";
}
