namespace Yunpan.Sharing.Visits;

internal static class LinkHeaders
{
    /// <summary>Scripts give an encrypted link's extraction code in this header instead of unlocking its page.</summary>
    public const string Code = "X-Link-Code";
}
