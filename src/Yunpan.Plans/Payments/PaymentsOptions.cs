namespace Yunpan.Plans.Payments;

/// <summary>Configuration section <c>Payments</c>.</summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>
    /// The online payment provider: empty (the default: no online payment; plans are activated by staff against shop
    /// orders) or <c>sandbox</c> (development and tests only: payments are simulated, nobody pays).
    /// </summary>
    public string Provider { get; set; } = "";

    /// <summary>The sandbox's shared secret for signing payment notifications; required when Provider is sandbox.</summary>
    public string SandboxSecret { get; set; } = "";
}
