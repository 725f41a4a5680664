namespace Yunpan.Sharing.Persistence;

/// <summary>A word of the installation's list (S-10), kept with its normalized form that the match uses.</summary>
internal sealed class SensitiveWord
{
    public Guid Id { get; set; }

    public string Word { get; set; } = "";

    public string Normalized { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
