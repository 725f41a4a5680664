namespace Yunpan.Contracts.Plans;

/// <summary>The capability flags of the plan catalog (SPEC P-1), as the server checks them and clients show them.</summary>
public static class PlanCapabilities
{
    public const string EncryptedLinks = "encryptedLinks";
    public const string FolderDownload = "folderDownload";
    public const string AdFreeLinks = "adFreeLinks";
    public const string ForbidSave = "forbidSave";
    public const string HideDescription = "hideDescription";
    public const string LinkTemplates = "linkTemplates";
    public const string BusinessLinks = "businessLinks";
}
