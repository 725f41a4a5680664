namespace Yunpan.Sharing.Links;

/// <summary>
/// S-11: what the publisher passes on — the address with its extraction code (the seed's "link + code" text) — and
/// the share-intent addresses of the microblogs the seed product shared to.
/// </summary>
internal static class ShareIntents
{
    public static string Text(string title, string url, string? code) =>
        code is null ? $"{title} {url}" : $"{title} {url} (code / 提取码: {code})";

    public static IReadOnlyList<(string Network, string Url)> For(string title, string url) =>
    [
        ("weibo", $"https://service.weibo.com/share/share.php?url={Uri.EscapeDataString(url)}&title={Uri.EscapeDataString(title)}"),
        ("qzone", $"https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={Uri.EscapeDataString(url)}&title={Uri.EscapeDataString(title)}"),
        ("x", $"https://x.com/intent/post?url={Uri.EscapeDataString(url)}&text={Uri.EscapeDataString(title)}"),
    ];
}
