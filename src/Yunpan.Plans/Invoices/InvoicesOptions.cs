using System.ComponentModel.DataAnnotations;

namespace Yunpan.Plans.Invoices;

/// <summary>Configuration section <c>Invoices</c> (SPEC P-5).</summary>
public sealed class InvoicesOptions
{
    public const string Section = "Invoices";

    /// <summary>Tax added to the order amount (0.06 = 6 %).</summary>
    [Range(0.0, 1.0)]
    public decimal TaxRate { get; set; } = 0.06m;

    /// <summary>Postage in yuan, added once per invoice.</summary>
    [Range(0.0, 10_000.0)]
    public decimal Postage { get; set; } = 50m;

    [Required]
    public string Title { get; set; } = "Yunpan value-added service";

    /// <summary>The seller printed on every invoice.</summary>
    [Required]
    public string Seller { get; set; } = "Yunpan";

    /// <summary>A font file with CJK glyphs for the PDFs (company names are usually Chinese), and the face index in a
    /// collection. Empty: the first of Noto Sans CJK (Debian's fonts-noto-cjk) or Droid Sans Fallback that exists.</summary>
    public string FontFile { get; set; } = "";

    public int FontIndex { get; set; }
}
