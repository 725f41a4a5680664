using System.Text;
using System.Text.Encodings.Web;

namespace Yunpan.Core.Pages;

/// <summary>
/// A small server-rendered public page (share links, the help centre): plain HTML that needs no script to read, fast
/// and indexable. Every piece of text goes through <see cref="Text"/> (HTML-encoded); markup is only ever written from
/// constants of the module or from HTML it has sanitized, so a name like &lt;script&gt; is shown, never run.
/// </summary>
public sealed class HtmlDocument(string title, string siteName, string language, bool indexable)
{
    private readonly StringBuilder _body = new();
    private readonly StringBuilder _head = new();
    private string? _bodyClass;
    private string _style = PageStyle.Base;

    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>The page's preferred address (&lt;link rel="canonical"&gt;), absolute.</summary>
    public HtmlDocument Canonical(string url)
    {
        _head.Append("<link rel=\"canonical\" href=\"").Append(Encode(url)).Append("\">\n");
        return this;
    }

    /// <summary>The same page in another language (&lt;link rel="alternate" hreflang&gt;).</summary>
    public HtmlDocument Alternate(string hreflang, string url)
    {
        _head.Append("<link rel=\"alternate\" hreflang=\"").Append(Encode(hreflang)).Append("\" href=\"").Append(Encode(url)).Append("\">\n");
        return this;
    }

    /// <summary>A class on &lt;body&gt; (a page template) and the rules that style it, added to the base style.</summary>
    public HtmlDocument Theme(string bodyClass, string style)
    {
        _bodyClass = bodyClass;
        _style = PageStyle.Base + style;
        return this;
    }

    /// <summary>Appends markup written by the module (never user text).</summary>
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
        var html = new StringBuilder(_body.Length + _head.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language.Length > 0 ? language : "en")).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (!indexable)
        {
            html.Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
        }

        html.Append("<title>").Append(Encode(title)).Append(" - ").Append(Encode(siteName)).Append("</title>\n")
            .Append(_head)
            .Append("<style>").Append(_style).Append("</style>\n</head>\n<body");
        if (_bodyClass is not null)
        {
            html.Append(" class=\"").Append(Encode(_bodyClass)).Append('"');
        }

        html.Append(">\n<main>\n")
            .Append("<header><a class=\"site\" href=\"/\">").Append(Encode(siteName)).Append("</a></header>\n")
            .Append(_body)
            .Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
