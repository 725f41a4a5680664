using System.Globalization;
using Yunpan.Contracts.Sharing;
using Yunpan.Core.Pages;

namespace Yunpan.Sharing.Pages;

/// <summary>A link page's document: the shared public page in the visitor's language, dressed in the link's template (S-5).</summary>
internal static class LinkDocument
{
    private const string Style =
        ".preview img,.preview video{max-width:100%}.preview pre{white-space:pre-wrap;max-height:480px;overflow:auto;background:#f7f7f7;padding:8px}" +
        ".promotion{border:1px dashed #c9a227;background:#fffbea}" +
        ".t-minimal section{box-shadow:none;border:1px solid #e3e6eb}.t-minimal{background:#fff}" +
        ".t-night{background:#111827;color:#e5e7eb}.t-night section{background:#1f2937}.t-night a{color:#93c5fd}" +
        ".t-paper{background:#f6f1e7;font-family:Georgia,'Songti SC',serif}.t-paper section{background:#fffdf7}";

    public static HtmlDocument Create(string title, string template, bool indexable) =>
        new HtmlDocument(title, PageText.Get("SiteName"), CultureInfo.CurrentUICulture.Name, indexable)
            .Theme("t-" + (ShareTemplates.All.Contains(template) ? template : ShareTemplates.Classic), Style);
}
