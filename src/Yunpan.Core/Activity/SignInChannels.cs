namespace Yunpan.Core.Activity;

/// <summary>Where a sign-in came from, told apart by the client's User-Agent (starter tasks reward the first of each).</summary>
public static class SignInChannels
{
    public const string Web = "web";

    public const string MobileWeb = "mobile-web";

    public const string Cli = "cli";

    public const string Api = "api";

    /// <summary>The CLI identifies itself as <c>yunpan/…</c>; browsers send <c>Mozilla/…</c> and phones add "Mobi"
    /// (the test MDN recommends); anything else is a script.</summary>
    public static string FromUserAgent(string? userAgent) => userAgent switch
    {
        null => Api,
        _ when userAgent.StartsWith("yunpan/", StringComparison.OrdinalIgnoreCase) => Cli,
        _ when !userAgent.StartsWith("Mozilla/", StringComparison.Ordinal) => Api,
        _ when userAgent.Contains("Mobi", StringComparison.Ordinal) => MobileWeb,
        _ => Web,
    };
}
