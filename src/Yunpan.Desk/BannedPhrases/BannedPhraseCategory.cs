namespace Yunpan.Desk.BannedPhrases;

/// <summary>The seeds' kinds of banned phrase (seed 000 §2 "五个不说", seed 002 服务禁忌).</summary>
internal enum BannedPhraseCategory
{
    /// <summary>责问、训斥或反问客户 — rebuking or cross-questioning the customer, rude address ("喂").</summary>
    Rebuking,

    /// <summary>态度傲慢 — arrogance.</summary>
    Arrogant,

    /// <summary>推诿 — shifting blame or the customer elsewhere.</summary>
    ShiftingBlame,

    /// <summary>顶撞、反驳 — arguing with or contradicting the customer.</summary>
    Arguing,

    /// <summary>厌烦 — impatience.</summary>
    Impatient,
}

/// <summary>The categories' names on the wire and in the seed file (rebuking, arrogant, shifting-blame …).</summary>
internal static class BannedPhraseCategories
{
    public static IReadOnlyList<string> All => WireNames.All<BannedPhraseCategory>();

    public static string Name(this BannedPhraseCategory category) => category.Wire();

    public static bool TryParse(string? name, out BannedPhraseCategory category) => WireNames.TryParse(name, out category);
}
