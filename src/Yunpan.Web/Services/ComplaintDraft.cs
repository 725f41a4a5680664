using Yunpan.Contracts.Desk;

namespace Yunpan.Web.Services;

/// <summary>The complaint form while the member fills it in (the wire record is immutable).</summary>
public sealed class ComplaintDraft
{
    public string Kind { get; set; } = "simple";

    public string? What { get; set; }

    public string? When { get; set; }

    public string? Where { get; set; }

    public string? About { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public ComplaintFormDto ToDto() => new(null, About, What ?? "", When ?? "", Where, ContactName, ContactPhone, ContactEmail, Kind);
}
