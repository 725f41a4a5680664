namespace Yunpan.Contracts.Desk;

/// <summary>K-11: the help centre's sections, in the order the public page lists them.</summary>
public static class HelpCategories
{
    public const string Downloads = "downloads";
    public const string Uploads = "uploads";
    public const string Sharing = "sharing";
    public const string Clients = "clients";
    public const string Account = "account";
    public const string Plans = "plans";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Downloads, Uploads, Sharing, Clients, Account, Plans, Other];
}
