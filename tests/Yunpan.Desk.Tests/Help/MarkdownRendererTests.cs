using Yunpan.Desk.Help;

namespace Yunpan.Desk.Tests.Help;

/// <summary>K-11: articles are edited through the API, so what reaches a page must be safe whatever the Markdown says.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Renders_markdown()
    {
        var html = Renderer.ToHtml("# 标题\n\n1. **删除**任务\n2. 运行 `netsh winsock reset`\n\n[帮助](https://example.com/help)");
        Assert.Contains("<h1", html);
        Assert.Contains("<strong>删除</strong>", html);
        Assert.Contains("<code>netsh winsock reset</code>", html);
        Assert.Contains("href=\"https://example.com/help\"", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<form action=\"https://evil.example\"><input name=p></form>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    public void Strips_script_in_every_disguise(string markdown)
    {
        var html = Renderer.ToHtml("安全的文字\n\n" + markdown);
        Assert.Contains("安全的文字", html);
        foreach (var dangerous in new[] { "<script", "onerror", "javascript:", "<iframe", "style=", "data:text", "<form", "<input" })
        {
            Assert.DoesNotContain(dangerous, html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
