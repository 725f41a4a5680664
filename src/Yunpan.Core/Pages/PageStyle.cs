namespace Yunpan.Core.Pages;

/// <summary>The look the public pages share: a readable column of white sections, without a single outside request.</summary>
public static class PageStyle
{
    public const string Base =
        "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;background:#f4f6fa;color:#1d2433}" +
        "main{max-width:860px;margin:0 auto;padding:16px}header{padding:8px 0 16px}a{color:#1565c0}.site{font-weight:700;text-decoration:none;font-size:20px}" +
        "section{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px;box-shadow:0 1px 3px rgba(0,0,0,.08)}" +
        "h1{font-size:22px;margin:0 0 8px;word-break:break-all}.meta{color:#5f6b7a;font-size:14px}.description{white-space:pre-wrap}" +
        ".button,button{display:inline-block;background:#1565c0;color:#fff;border:0;border-radius:6px;padding:8px 18px;font-size:15px;text-decoration:none;cursor:pointer}" +
        "table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:6px 4px;border-bottom:1px solid #eceff3;word-break:break-all}" +
        ".notice{color:#8a5300}.error{color:#b00020}";
}
